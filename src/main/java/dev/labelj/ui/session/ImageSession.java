package dev.labelj.ui.session;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.settings.History;
import dev.labelj.settings.RecentEntry;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.browse.FirstImageGate;
import dev.labelj.ui.browse.FolderScanner;
import dev.labelj.ui.browse.ImagePipeline;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.StartupTrace;
import java.awt.Component;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What is open: the folder and its images, the image shown, and the launch plan (class file, save dir,
 * format) they are worked on with. {@link #request(int)} is the only way to move to another image — keys,
 * file list, rescan and recent folders all go through it. Scanning and decoding run in the background
 * ({@link FolderScanner}, {@link ImagePipeline}); only the EDT calls the public methods, except
 * {@link #plan()}, which any thread may read.
 */
public final class ImageSession {
    private final BrowseBroadcast broadcast = new BrowseBroadcast();
    private final AnnotationDocument document;
    private final AnnotationOpener opener;
    private final ImagePipeline pipeline;
    private final FolderScanner scanner = new FolderScanner(this::scanned, broadcast::scanProgress,
            broadcast::scanFailed, this::scannedInBackground);
    private final DirtyGuard guard;
    private final SessionSaves saves;
    private final FirstImageGate firstImage = new FirstImageGate();
    private final CompletableFuture<Integer> saveWarmup = new CompletableFuture<>();
    private volatile LaunchPlan plan;
    private volatile SessionFiles files;
    private volatile SharingOf sharingWorkedOut;
    private boolean quietRescan;
    private Function<Path, Optional<Path>> rememberedImage = folder -> Optional.empty();
    private Path root;
    private List<Path> images = List.of();
    private int index = -1;
    private Path requested;
    private Path requestedStart;
    private Path opened;

    /** Create on the EDT: {@code document} is the one the canvas edits. */
    public ImageSession(LaunchPlan plan, AnnotationDocument document) {
        this.plan = plan;
        this.document = document;
        this.opener = new AnnotationOpener(broadcast, document, this::files);
        this.pipeline = new ImagePipeline(opener);
        this.guard = new DirtyGuard(document);
        this.saves = new SessionSaves(document, opener, broadcast, this::files, this::index, this::reload);
        this.files = SessionFiles.of(Path.of("").toAbsolutePath(), plan);
        broadcast.add(firstImage);
        // a moment after the first image, never competing with the start, long before a first Ctrl+S (docs/adr/0170)
        firstImage.whenOpen(() -> saves.warmUp().whenComplete((formats, error) -> {
            if (error != null) {
                saveWarmup.completeExceptionally(error);
            } else {
                StartupTrace.mark("save thread warm");
                saveWarmup.complete(formats);
            }
        }));
    }

    /**
     * Completes with the number of formats warmed once the first save's one-time costs are paid, after the first
     * image (exceptionally when the warm-up failed; saves still work).
     */
    public CompletableFuture<Integer> saveWarmup() {
        return saveWarmup;
    }

    /** Opens a moment after the first image reached the window: work that would slow the start waits for it. */
    public FirstImageGate firstImage() {
        return firstImage;
    }

    public void addListener(BrowseListener listener) {
        broadcast.add(listener);
    }

    /** Not from inside a listener call (the list is being walked then): hop with invokeLater first. */
    public void removeListener(BrowseListener listener) {
        broadcast.remove(listener);
    }

    /** Where opening a folder lands when no start image is given: the image remembered for that folder. */
    public void setRememberedImage(Function<Path, Optional<Path>> lookup) {
        rememberedImage = lookup;
    }

    /** The size of the image view, so reduced copies are decoded sharp enough for it. */
    public void setViewSize(int width, int height) {
        pipeline.setViewSize(width, height);
    }

    /** Whether the view is zoomed in past the fit, so the image should be decoded at full resolution. */
    public void setFullDetail(boolean wanted) {
        pipeline.setFullDetail(wanted);
    }

    /** The folder, class file, save dir and format this session works with; safe to read from any thread. */
    public LaunchPlan plan() {
        return plan;
    }

    /** Opens what the launch plan names, if anything. */
    public void openPlanned() {
        plan.images().ifPresent(this::open);
    }

    /** A recent entry brings its class file and save dir with it. */
    public void openRecent(RecentEntry entry) {
        leaveThen(() -> {
            setPlan(plan.reopening(entry));
            scan(entry.path(), null);
        });
    }

    /** Open Dir: the plan changes first, so the folder is remembered with its own save dir. */
    public void openFolder(Path folder, History history) {
        leaveThen(() -> {
            setPlan(plan.openingFolder(folder, history));
            scan(folder, null);
        });
    }

    /** Opens a folder (scanned recursively) or a single image. */
    public void open(Path path) {
        open(path, null);
    }

    /** Opens a folder or image and shows {@code startAt} if it is among its images (null: remembered, else first). */
    public void open(Path path, Path startAt) {
        leaveThen(() -> scan(path, startAt));
    }

    /**
     * Close (Ctrl+W): once unsaved boxes are settled, nothing is open; the launch plan (class file, save dir,
     * format) stays for the next open, as in labelImg.
     */
    public void close() {
        leaveThen(() -> {
            scanner.cancel();
            pipeline.invalidate();
            opener.forget();
            root = null;
            images = List.of();
            index = -1;
            opened = null;
            requested = null;
            requestedStart = null;
            document.clear();
            broadcast.closed();
        });
    }

    /** Whether a folder or image is open (File → Close has something to close). */
    public boolean isOpen() {
        return root != null;
    }

    /** Change Save Dir: annotations are read from and written to {@code folder} from now on. */
    public void changeSaveDir(Path folder) {
        setPlan(plan.withSaveDir(folder));
    }

    /** The format the next save writes (labelImg's Ctrl+Y). */
    public void setFormat(String format) {
        setPlan(plan.withFormat(format));
    }

    private void setPlan(LaunchPlan newPlan) {
        plan = newPlan;
        files = SessionFiles.of(root == null ? files.imageRoot() : root, newPlan);
        broadcast.placeChanged();
    }

    /** Where annotations are read and written now; any thread. */
    public SessionFiles files() {
        return files;
    }

    private void scan(Path path, Path startAt) {
        pipeline.invalidate();
        opener.forget();
        requested = path.toAbsolutePath().normalize();
        requestedStart = startAt == null ? null : startAt.toAbsolutePath().normalize();
        scanner.scan(requested, null);
    }

    /** The folder or image last opened (absolute, normalised), or null before the first open. */
    public Path opened() {
        return opened;
    }

    /** Scans the open folder (or the single image opened) again, keeping the current image if it is still there. */
    public void rescan() {
        scanAgain(false);
    }

    /**
     * After a background run wrote annotation files: the folder is listed again, so the file list reads its marks
     * anew, but the status bar keeps the run's summary unless images came or went ("nothing changed" would be wrong).
     */
    public void refreshAfterRun() {
        scanAgain(true);
    }

    /** {@code quiet}: the scan's result says nothing when the same images are there. */
    private void scanAgain(boolean quiet) {
        quietRescan = quiet;
        if (root != null) {
            scanner.scan(opened != null ? opened : root, images);
        }
    }

    private void scanned(FolderScanner.Result result) {
        Path current = index >= 0 ? images.get(index) : null;
        root = result.root();
        images = result.images();
        SharingOf worked = sharingWorkedOut;
        opener.setImages(images, worked != null && worked.images() == images ? worked.sharing() : StemSharing.of(images));
        files = SessionFiles.of(root, plan);
        pipeline.evict(result.changes().removed());
        index = -1;
        if (!result.isRescan()) {
            opened = requested;
        }
        broadcast.imagesChanged(root, images);
        StartupTrace.mark("scanned " + images.size() + " images");

        int keep = result.isRescan() && current != null ? images.indexOf(current) : -1;
        if (keep >= 0) {
            index = keep;
            broadcast.loading(keep, current);
            pipeline.show(images, keep, 0);
            // after the (cached) image: the status bar then says what the rescan found
            var changes = result.changes();
            if (!changes.isEmpty()) {
                broadcast.notice(Messages.get("status.rescanChanged", changes.added().size(), changes.removed().size()));
            } else if (!quietRescan) {
                broadcast.notice(Messages.get("status.rescanSame", images.size()));
            }
            quietRescan = false;
        } else if (!images.isEmpty()) {
            go(startIndex());
        } else if (document.hasImage()) {
            document.clear();
        }
    }

    private int startIndex() {
        return indexOrFirst(images, startImage(root));
    }

    private Path startImage(Path folder) {
        return requestedStart != null ? requestedStart : rememberedImage.apply(folder).orElse(null);
    }

    private static int indexOrFirst(List<Path> list, Path wanted) {
        return wanted == null ? 0 : Math.max(0, list.indexOf(wanted));
    }

    /**
     * On the scan thread: the image a newly opened folder will show (remembered or first) starts
     * decoding before the EDT hears of the scan (at start-up the EDT is still building the window
     * then); the request that follows joins that decode.
     */
    private void scannedInBackground(FolderScanner.Result result) {
        if (!result.isRescan() && !result.images().isEmpty()) {
            int start = indexOrFirst(result.images(), startImage(result.root()));
            Path first = result.images().get(start);
            opener.readEarly(SessionFiles.of(result.root(), plan), StemSharing.around(first, result.images()), first,
                    pipeline.prefetchEarly(first));
        }
        // here, not on the EDT, which is still building the window at start-up (80 ms on 100,000 images)
        sharingWorkedOut = new SharingOf(result.images(), StemSharing.of(result.images()));
    }

    /** Which images share annotation files, worked out on the scan thread for this listing. */
    private record SharingOf(List<Path> images, StemSharing sharing) {
    }

    public void next() {
        request(index + 1);
    }

    public void previous() {
        request(index - 1);
    }

    /**
     * Moves to image {@code newIndex}, after the unsaved-changes prompt; out of range or the image already shown
     * does nothing.
     */
    public void request(int newIndex) {
        if (newIndex < 0 || newIndex >= images.size() || newIndex == index) {
            return;
        }
        leaveThen(() -> go(newIndex));
    }

    /** Closing the window or quitting: {@code close} runs once unsaved boxes are saved or discarded. */
    public void leaveApp(Runnable close) {
        leaveThen(close);
    }

    private void leaveThen(Runnable proceed) {
        guard.leave(proceed, () -> broadcast.stayed(index), after -> saves.save(after, guard.autoSaving()));
    }

    /** Delete Image: {@code proceed} runs once the open image's unsaved boxes are saved or discarded. */
    public void leaveImageThen(Runnable proceed) {
        leaveThen(proceed);
    }

    /** After files moved in or out of the open folder: scans it again and shows {@code image} (else the first). */
    public void reopenAt(Path image) {
        if (root != null) {
            scan(root, image);
        }
    }

    /** Save (Ctrl+S): writes the open image's boxes in the save format, off the EDT. */
    public void save() {
        saves.save(() -> { }, false);
    }

    /** What the question about a file changed on disk offers as Save As (the window's own Save As). */
    public void setSaveAs(Runnable command) {
        saves.setSaveAs(command);
    }

    /** Reload from Disk: the open image's boxes as its files hold them now; what the window had is dropped. */
    private void reload() {
        if (index < 0) {
            return;
        }
        opener.reload();
        broadcast.stayed(index);
        pipeline.show(images, index, 0);
    }

    /** Auto Save: unsaved boxes are saved silently whenever the image is left. */
    public void setAutoSave(java.util.function.BooleanSupplier on) {
        guard.setAutoSave(on);
    }

    /** Answers the changed-on-disk question without a dialog (tests). */
    void setChangedPrompt(ChangedOnDisk.Prompt prompt) {
        saves.setChangedPrompt(prompt);
    }

    /** Answers the unsaved-changes prompt without a dialog (tests). */
    void setPrompt(DirtyGuard.Prompt prompt) {
        guard.setPrompt(prompt);
    }

    /** The window that owns the unsaved-changes prompt. */
    public void setDialogParent(Component parent) {
        guard.setParent(parent);
        saves.setDialogParent(parent);
    }

    private void go(int newIndex) {
        int step = newIndex - index;
        index = newIndex;
        Path image = images.get(newIndex);
        opener.forget();
        broadcast.loading(newIndex, image);
        pipeline.show(images, newIndex, Math.abs(step) == 1 ? step : 0);
    }

    public Path root() {
        return root;
    }

    public List<Path> images() {
        return images;
    }

    public int index() {
        return index;
    }

    public boolean hasNext() {
        return index + 1 < images.size();
    }

    public boolean hasPrevious() {
        return index > 0;
    }

    /** The decode/prefetch pipeline, for diagnostics and the benchmark. */
    public ImagePipeline pipeline() {
        return pipeline;
    }
}
