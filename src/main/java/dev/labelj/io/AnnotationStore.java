package dev.labelj.io;

import dev.labelj.model.AnnotationStatus;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one door through which the window and the batch tools read, write and check an image's annotation:
 * where files live (the locator, docs/adr/0012), which format a save writes, and the options the formats
 * need (the predefined classes; which classes.txt a YOLO label shares). Holding these together means the
 * file list's marks, the boxes shown and the file a save writes can never disagree about the place.
 *
 * <p>Reading looks in every format, so a folder labelled in VOC opens with its boxes even when the save format
 * is YOLO; where several formats hold an image's boxes, the newest file wins. Every method touches the disk:
 * call them off the EDT.
 */
public record AnnotationStore(AnnotationLocator locator, AnnotationFormat saveFormat, FormatOptions options) {
    public AnnotationStore {
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(saveFormat, "saveFormat");
        Objects.requireNonNull(options, "options");
    }

    public AnnotationStore withSaveFormat(AnnotationFormat newFormat) {
        return new AnnotationStore(locator, newFormat, options);
    }

    public AnnotationStore withSaveDir(Optional<Path> newSaveDir) {
        return new AnnotationStore(new AnnotationLocator(locator.imageRoot(), newSaveDir), saveFormat, options);
    }

    public AnnotationStore withOptions(FormatOptions newOptions) {
        return new AnnotationStore(locator, saveFormat, newOptions);
    }

    /**
     * The existing annotation of {@code image}, exactly as written. When files of more than one format hold it,
     * the newest is read and the others are named (docs/adr/0131-two-formats-for-one-image.md): a box saved in
     * YOLO beside an older VOC file is what opens next time, not the VOC boxes a later save would write back.
     *
     * @return empty when the image has none (a shared CreateML file without an entry for it counts as none)
     * @throws AnnotationIoException naming the file when it exists but cannot be read
     */
    public Optional<StoredAnnotation> read(Path image, ImageSize realSize) throws AnnotationIoException {
        List<AnnotationLocator.Located> found = newestFirst(image);
        for (AnnotationLocator.Located candidate : found) {
            AnnotationFormat format = candidate.format();
            Path file = candidate.file();
            try {
                AnnotationRead read = format.read(file, ImageRef.of(image, realSize), optionsFor(format, file));
                return Optional.of(new StoredAnnotation(format, file, read, othersOwn(image, found, file)));
            } catch (AnnotationIoException e) {
                if (e.kind() != AnnotationIoException.Kind.NO_ENTRY) {
                    throw e;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What the image's annotation files look like now, one stamp per place a format keeps them; taken before a
     * read, so a change made while reading shows as a change at the next save, never as nothing.
     */
    public DiskState look(Path image) throws AnnotationIoException {
        List<FileStamp> stamps = new ArrayList<>();
        for (AnnotationFormat format : Formats.all()) {
            Path own = locator.locate(image, format);
            stamps.add(stamp(own, true));
            Optional<Path> shared = format.sharedFile(own.toAbsolutePath().getParent());
            if (shared.isPresent() && Files.isRegularFile(shared.get())) {
                stamps.add(stamp(shared.get(), false));
            }
        }
        return new DiskState(image, stamps);
    }

    /** A window save done: what was written, where, and the disk as it is after the write. */
    public record Written(Path file, List<AnnotationWarning> warnings, DiskState after) {
    }

    /**
     * The window's save: as {@link #write}, but only over what was read. The image must still be there (a save
     * never makes a folder the image left), and no annotation file of it may have changed since {@code seen}
     * (docs/adr/0130-changed-on-disk.md).
     *
     * @throws AnnotationIoException {@code IMAGE_GONE} or {@code CHANGED_ON_DISK} (naming the changed file),
     *         with nothing written; or as {@link #write}
     */
    public Written writeChecked(ImageAnnotation annotation, DiskState seen) throws AnnotationIoException {
        Path image = annotation.imageFile();
        Path file = target(image);
        if (!Files.isRegularFile(image)) {
            throw AnnotationIoException.of(file, AnnotationIoException.Kind.IMAGE_GONE, "not saved: the image "
                    + image + " is no longer there (its folder renamed, moved or deleted?); open it again", null);
        }
        Optional<Path> changed = seen.firstChangeIn(look(image));
        if (changed.isPresent()) {
            throw AnnotationIoException.of(changed.get(), AnnotationIoException.Kind.CHANGED_ON_DISK,
                    "changed on disk since the boxes of " + image.getFileName() + " were read; not saved", null);
        }
        List<AnnotationWarning> warnings = write(annotation);
        return new Written(file, warnings, look(image));
    }

    /**
     * Writes {@code annotation} in the save format to {@link #target}, atomically (a failure leaves the old
     * file intact). Zero boxes write a valid empty annotation: a negative image. For YOLO, new label names
     * are appended to the dataset's classes.txt; ids of names already there never move.
     */
    public List<AnnotationWarning> write(ImageAnnotation annotation) throws AnnotationIoException {
        Path file = target(annotation.imageFile());
        return saveFormat.write(file, annotation, optionsFor(saveFormat, file));
    }

    /**
     * Save As: writes {@code annotation} to {@code file} in {@code format}, atomically, with the options a save
     * there would use (for YOLO, the classes.txt beside it); the store's own target is untouched.
     */
    public List<AnnotationWarning> writeTo(Path file, AnnotationFormat format, ImageAnnotation annotation)
            throws AnnotationIoException {
        return format.write(file, annotation, optionsFor(format, file));
    }

    /** Where a save of {@code image} goes. */
    public Path target(Path image) {
        return locator.locate(image, saveFormat);
    }

    /** The file list's mark for {@code image}, and for an unreadable file the reader's message. */
    /**
     * Labelled or verified, as the file says or (for formats that cannot say it) its review marks do; proposed
     * while the marks hold proposals nobody reviewed. Marks that cannot be read count as none.
     */
    private AnnotationStatus marked(Path image, boolean verifiedInFile) {
        ReviewMarksStore marksStore = new ReviewMarksStore(this);
        ReviewMarks marks = ReviewMarks.NONE;
        if (marksStore.hasMarksFile(image)) {
            try {
                marks = marksStore.read(image);
            } catch (AnnotationIoException e) {
                marks = ReviewMarks.NONE;
            }
        }
        if (!marks.proposals().isEmpty()) {
            return AnnotationStatus.PROPOSED;
        }
        return verifiedInFile || marks.verified() ? AnnotationStatus.VERIFIED : AnnotationStatus.LABELLED;
    }

    public AnnotationState status(Path image) {
        for (AnnotationLocator.Located found : newestFirst(image)) {
            try {
                boolean verified = found.format().read(found.file(), ImageRef.withoutSize(image),
                        optionsFor(found.format(), found.file())).annotation().verified();
                return AnnotationState.of(marked(image, verified));
            } catch (AnnotationIoException e) {
                switch (e.kind()) {
                    // a format that needs the image size to read boxes (YOLO) carries no verified flag either
                    case MISSING_IMAGE_SIZE -> {
                        return AnnotationState.of(marked(image, false));
                    }
                    // a shared file (one-file CreateML export) without an entry for this image: look further
                    case NO_ENTRY -> {
                    }
                    default -> {
                        return new AnnotationState(AnnotationStatus.UNREADABLE, Optional.of(e.getMessage()));
                    }
                }
            }
        }
        return AnnotationState.of(AnnotationStatus.NO_LABEL);
    }

    /** The image's annotation files, newest first; equal times keep labelImg's order (VOC, YOLO, CreateML). */
    private List<AnnotationLocator.Located> newestFirst(Path image) {
        List<AnnotationLocator.Located> all = new ArrayList<>(locator.findAll(image));
        if (all.size() > 1) {
            all.sort(Comparator.comparing((AnnotationLocator.Located l) -> modified(l.file())).reversed());
        }
        return all;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** The image's own files in other formats than {@code read} (shared exports hold other images too). */
    private List<Path> othersOwn(Path image, List<AnnotationLocator.Located> found, Path read) {
        return found.stream().filter(l -> !l.file().equals(read))
                .filter(l -> l.file().equals(locator.locate(image, l.format()))).map(AnnotationLocator.Located::file)
                .toList();
    }

    private static FileStamp stamp(Path file, boolean hashed) throws AnnotationIoException {
        try {
            return hashed ? FileStamp.of(file) : FileStamp.withoutHash(file);
        } catch (IOException e) {
            throw AnnotationIoException.of(file, AnnotationIoException.Kind.UNREADABLE,
                    "cannot be checked before saving (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The names the label dialog offers for {@code image}. Saving YOLO: the dataset's classes.txt (in id order) where
     * a YOLO save of it would look, then the given classes it does not list yet. Saving anything else: the given
     * classes first, then the names of that classes.txt.
     */
    public ClassList knownClasses(Path image) throws AnnotationIoException {
        Path labelFile = locator.locate(image, Formats.YOLO);
        Path folder = labelFile.toAbsolutePath().normalize().getParent();
        Optional<Path> classesTxt = YoloClassFile.existing(folder, labelRoot(Formats.YOLO));
        ClassList fromFile = classesTxt.isPresent() ? ClassListFile.read(classesTxt.get()) : ClassList.EMPTY;
        if (!saveFormat.id().equals(Formats.YOLO.id())) {
            // saving VOC or CreateML, classes.txt only names the ids of YOLO files met on the way: the class list
            // the session was given leads (keys 1-9, the label dialog), the file's names follow
            return options.fallbackClasses().plusAll(fromFile.names());
        }
        return fromFile.plusAll(options.fallbackClasses().names());
    }

    private FormatOptions optionsFor(AnnotationFormat format, Path file) {
        if (!format.id().equals(Formats.YOLO.id())) {
            return options;
        }
        return YoloClassFile.optionsFor(file, labelRoot(format), options);
    }

    /** The folder that receives the annotations of images lying directly in the image root. */
    private Path labelRoot(AnnotationFormat format) {
        return locator.locate(locator.imageRoot().resolve("image"), format).toAbsolutePath().normalize()
                .getParent();
    }
}
