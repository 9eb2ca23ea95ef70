package dev.labelj.ui.session;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.AnnotationEvent;
import dev.labelj.image.DecodedImage;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.AnnotationWarning;
import dev.labelj.io.DiskState;
import dev.labelj.io.StoredAnnotation;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.Tasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/**
 * Sits between the image pipeline and the window: when a new image's pixels arrive, its annotation is read
 * (any format on disk) on a worker, loaded into the document, and only then is the image shown — so pixels
 * and boxes reach the screen in the same paint; the neighbours' annotations are read ahead with their pixels
 * ({@link AnnotationReads}), so that paint follows the key press at once. An annotation that cannot be read opens read-only with its
 * error, so nothing is ever saved over it.
 */
final class AnnotationOpener implements BrowseListener {
    /**
     * What reading an image's annotation gave: the boxes, why they are read-only (if they are), warnings, a note
     * for the status bar, and the image's annotation files as they were just before the read.
     */
    record Opened(ImageAnnotation annotation, Optional<String> problem, List<AnnotationWarning> warnings,
            Optional<String> note, Optional<DiskState> seen) {
        Opened(ImageAnnotation annotation, Optional<String> problem, List<AnnotationWarning> warnings) {
            this(annotation, problem, warnings, Optional.empty(), Optional.empty());
        }
    }

    private static final ExecutorService READER = Tasks.worker("annotation-read");
    private final AnnotationReads reads;
    private final EarlyRead early;
    private final BrowseListener out;
    private final AnnotationDocument document;
    private final Supplier<SessionFiles> files;
    private Path opened;
    private Path reading;
    private DiskState seen;
    private volatile StemSharing sharing = StemSharing.NONE;

    AnnotationOpener(BrowseListener out, AnnotationDocument document, Supplier<SessionFiles> files) {
        this(out, document, files, READER);
    }

    /** Reads on {@code reader} (tests give one that runs reads at once). */
    AnnotationOpener(BrowseListener out, AnnotationDocument document, Supplier<SessionFiles> files, Executor reader) {
        this.reads = new AnnotationReads(reader, (where, image, size) -> read(where, image, size, sharing));
        this.early = new EarlyRead(reader);
        this.out = out;
        this.document = document;
        this.files = files;
        document.addListener(event -> {
            if (event.kind() == AnnotationEvent.Kind.SAVED) {
                reads.clear();
                early.drop();
            }
        });
    }

    /** The images of the open folder and which of them would share one annotation file. */
    void setImages(List<Path> images, StemSharing sharing) {
        this.sharing = sharing;
        reads.clear();
    }

    /**
     * The open image's annotation files as its boxes were read from them (or last saved to them), if {@code image}
     * is the open one.
     */
    Optional<DiskState> seen(Path image) {
        return seen != null && seen.image().equals(image) ? Optional.of(seen) : Optional.empty();
    }

    /** A save of the open image wrote its files: they now look like {@code after}. */
    void wrote(DiskState after) {
        if (seen != null && seen.image().equals(after.image())) {
            seen = after;
        }
    }

    /** Reload from Disk: the open image's boxes are read again, whatever the document holds. */
    void reload() {
        reads.clear();
        early.drop();
        forget();
    }

    /** Navigation started: whatever arrives next is a new image. */
    void forget() {
        opened = null;
        reading = null;
    }

    /**
     * Pixels and boxes reach the view in the same event: at once when the annotation was read ahead, else when
     * its read is done (the view keeps its busy note until then).
     */
    @Override
    public void imageShown(int index, DecodedImage image) {
        Path file = image.file();
        if (file.equals(opened)) {
            out.imageShown(index, image);
            return;
        }
        if (file.equals(reading)) {
            return;
        }
        SessionFiles where = files.get();
        ImageSize size = sizeOf(image);
        Optional<Opened> readEarly = early.take(where, file, size);
        if (readEarly.isPresent()) {
            show(index, image, readEarly.get());
            return;
        }
        CompletableFuture<Opened> read = reads.find(where, file, size).orElseGet(() -> reads.read(where, file, size));
        if (read.isDone() && !read.isCompletedExceptionally()) {
            show(index, image, read.join());
            return;
        }
        reading = file;
        read.whenComplete((result, error) -> SwingUtilities.invokeLater(() -> {
            if (!file.equals(reading)) {
                return;
            }
            if (error != null) {
                out.notice(String.valueOf(error.getCause() != null ? error.getCause() : error));
            } else {
                show(index, image, result);
            }
        }));
    }

    /**
     * Any thread, at start-up: the first image's annotation is read as soon as {@code decoded} is done, so it is
     * ready when the window shows the image ({@link EarlyRead}).
     */
    void readEarly(SessionFiles where, StemSharing sharingThen, Path image, CompletableFuture<DecodedImage> decoded) {
        early.start(where, sharingThen, image, decoded);
    }

    /**
     * The pipeline has a neighbour's pixels: its annotation is read ahead, so D/A find it ready; the window hears of
     * the pixels too.
     */
    @Override
    public void decodedAhead(DecodedImage image) {
        Path file = image.file();
        if (!file.equals(opened) && !file.equals(reading)) {
            reads.readAhead(files.get(), file, sizeOf(image));
        }
        out.decodedAhead(image);
    }

    private void show(int index, DecodedImage image, Opened result) {
        reading = null;
        opened = image.file();
        seen = result.seen().orElse(null);
        open(result);
        out.imageShown(index, image);
        announce(result);
    }

    static ImageSize sizeOf(DecodedImage image) {
        return new ImageSize(image.width(), image.height(), Math.max(1, image.depth()));
    }

    @Override
    public void imageFailed(int index, Path image, String message) {
        forget();
        if (document.hasImage()) {
            document.clear();
        }
        out.imageFailed(index, image, message);
    }

    private void open(Opened result) {
        if (result.problem().isPresent()) {
            document.loadReadOnly(result.annotation(), result.problem().get());
        } else {
            document.load(result.annotation());
        }
    }

    private void announce(Opened result) {
        if (result.problem().isPresent()) {
            out.notice(Messages.get("status.annotationUnreadable", result.problem().get()));
        } else if (result.note().isPresent()) {
            out.notice(result.note().get());
        } else if (!result.warnings().isEmpty()) {
            out.notice(Messages.get("status.annotationWarnings", result.warnings().size(),
                    result.warnings().get(0)));
        }
    }

    /** On the reader thread. */
    static Opened read(SessionFiles files, Path image, ImageSize size) {
        return read(files, image, size, StemSharing.NONE);
    }

    /**
     * On the reader thread. The files are looked at before they are read: a change made during the read then
     * shows at the next save, never goes unnoticed. An image that shares its annotation file with another opens
     * read-only (docs/adr/0051-stem-collisions.md).
     */
    static Opened read(SessionFiles files, Path image, ImageSize size, StemSharing sharing) {
        ImageAnnotation empty = ImageAnnotation.of(image, size, List.of());
        try {
            AnnotationStore store = files.store();
            DiskState seen = store.look(image);
            Optional<StoredAnnotation> stored = store.read(image, size);
            Optional<String> shared = sharing.problem(image, store);
            if (stored.isEmpty()) {
                return new Opened(empty, shared, List.of(), Optional.empty(), Optional.of(seen));
            }
            ImageAnnotation read = stored.get().read().annotation();
            ImageAnnotation shown = ProposalMarks.applied(store, read.withImageFile(image));
            if (shown.size().isEmpty()) {
                shown = shown.withSize(size);
            }
            return new Opened(shown, shared, stored.get().read().warnings(), severalFormats(image, stored.get()),
                    Optional.of(seen));
        } catch (AnnotationIoException e) {
            return new Opened(empty, Optional.of(e.getMessage()), List.of());
        }
    }

    /** The note for an image whose boxes are in more than one format (docs/adr/0131-two-formats-for-one-image.md). */
    private static Optional<String> severalFormats(Path image, StoredAnnotation stored) {
        if (stored.olderFiles().isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        names.add(stored.file().getFileName().toString());
        stored.olderFiles().forEach(f -> names.add(f.getFileName().toString()));
        return Optional.of(Messages.get("status.severalFormats", image.getFileName(), String.join(", ", names),
                stored.file().getFileName()));
    }
}
