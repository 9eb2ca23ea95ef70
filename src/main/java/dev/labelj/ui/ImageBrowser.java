package dev.labelj.ui;

import dev.labelj.image.DecodedImage;
import dev.labelj.image.FitSize;
import dev.labelj.image.ImageCache;
import dev.labelj.image.ImageCache.Detail;
import dev.labelj.image.ImageLoadException;
import dev.labelj.image.ImageLoader;
import dev.labelj.image.Neighbours;
import dev.labelj.ui.support.Background;
import dev.labelj.ui.support.StartupTrace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import javax.swing.SwingUtilities;

/**
 * The folder being browsed and the image shown. Scanning and decoding run on background threads
 * (see {@link FolderScanner} and {@link ImageCache}); results come back to the EDT, and a result for
 * an image the user has already left is dropped. Only the EDT calls the public methods.
 *
 * <p>Showing an image: a cached copy is shown at once. Otherwise the old image stays with a busy
 * note while a copy sharp at the current fit zoom is decoded (a reduced JPEG decode when that has at
 * least one pixel per view pixel). Full resolution is decoded only when that copy is not sharp at the
 * view's size (e.g. the window grew); on a resize the fitted copy is re-made off the EDT from the
 * native pixels. Neighbours in the direction of travel are prefetched the same way (docs/adr/0024).
 */
public final class ImageBrowser {
    /** What the window needs to hear; called on the EDT. */
    public interface Listener {
        void imagesChanged(Path root, List<Path> images);

        void loading(int index, Path image);

        /** Called when an image is shown, and again when a sharper or re-fitted copy replaces it. */
        void imageShown(int index, DecodedImage image);

        void imageFailed(int index, Path image, String message);

        /** A folder scan is under way and has found this many images so far. */
        default void scanProgress(Path root, int found) {
        }

        /** A folder could not be scanned; the previous folder stays open. */
        default void scanFailed(Path root, String message) {
        }
    }

    /**
     * Pixel bytes, native and heap, the decoded-image cache may hold: about nine 12-megapixel photos
     * decoded sharp for a 1600 x 1000 window (1/2 decode 9 MB + fitted copy 4.6 MB each).
     */
    static final long CACHE_BYTES = Long.getLong("labelj.imageCacheMB", 128) << 20;

    private final List<Listener> listeners = new ArrayList<>();
    private final ImageCache cache = new ImageCache(CACHE_BYTES, this::decode);
    private final FolderScanner scanner = new FolderScanner(this::scanned, this::scanProgress, this::scanFailed,
            this::scannedInBackground);
    private final ExecutorService fitter = Background.singleThread("image-fit");
    private volatile int viewWidth = 1200;
    private volatile int viewHeight = 900;
    private Path root;
    private List<Path> images = List.of();
    private int index = -1;
    private long generation;
    private Function<Path, Optional<Path>> rememberedImage = folder -> Optional.empty();
    private Path requested;
    private Path requestedStart;
    private Path opened;
    private DecodedImage shown;
    private long fullRequested = -1;

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** The size of the image view, so reduced copies are decoded sharp enough for it. */
    public void setViewSize(int width, int height) {
        if (width > 0 && height > 0) {
            viewWidth = width;
            viewHeight = height;
            refitShown();
        }
    }

    /** Where opening a folder lands when no start image is given: the image remembered for that folder. */
    public void setRememberedImage(Function<Path, Optional<Path>> lookup) {
        rememberedImage = lookup;
    }

    /** Opens a folder (scanned recursively) or a single image. */
    public void open(Path path) {
        open(path, null);
    }

    /** Opens a folder or image and shows {@code startAt} if it is among its images (null: remembered, else first). */
    public void open(Path path, Path startAt) {
        generation++;
        requested = path.toAbsolutePath().normalize();
        requestedStart = startAt == null ? null : startAt.toAbsolutePath().normalize();
        scanner.scan(requested, null);
    }

    /** The folder or image last opened (absolute, normalised), or null before the first open. */
    public Path opened() {
        return opened;
    }

    /** Scans the open folder again, keeping the current image if it is still there. */
    public void rescan() {
        if (root != null) {
            scanner.scan(root, images);
        }
    }

    private void scanned(FolderScanner.Result result) {
        Path current = index >= 0 ? images.get(index) : null;
        root = result.root();
        images = result.images();
        result.changes().removed().forEach(cache::evict);
        index = -1;
        if (!result.isRescan()) {
            opened = requested;
        }
        listeners.forEach(l -> l.imagesChanged(root, images));
        StartupTrace.mark("scanned " + images.size() + " images");
        int keep = result.isRescan() && current != null ? images.indexOf(current) : -1;
        if (keep >= 0) {
            index = keep;
            listeners.forEach(l -> l.loading(keep, current));
            show(keep, 0);
        } else if (!images.isEmpty()) {
            goTo(startIndex());
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
            cache.prefetch(List.of(result.images().get(start)), Detail.PREVIEW);
        }
    }

    private void scanProgress(Path scannedRoot, int found) {
        listeners.forEach(l -> l.scanProgress(scannedRoot, found));
    }

    private void scanFailed(Path failedRoot, String message) {
        listeners.forEach(l -> l.scanFailed(failedRoot, message));
    }

    public void next() {
        if (index + 1 < images.size()) {
            goTo(index + 1);
        }
    }

    public void previous() {
        if (index > 0) {
            goTo(index - 1);
        }
    }

    public void goTo(int newIndex) {
        if (newIndex < 0 || newIndex >= images.size() || newIndex == index) {
            return;
        }
        int step = newIndex - index;
        index = newIndex;
        Path image = images.get(newIndex);
        listeners.forEach(l -> l.loading(newIndex, image));
        show(newIndex, Math.abs(step) == 1 ? step : 0);
    }

    private void show(int shownIndex, int direction) {
        long ticket = ++generation;
        Path image = images.get(shownIndex);
        shown = null;
        List<Path> neighbours = Neighbours.toPrefetch(shownIndex, direction, images.size()).stream()
                .map(images::get).toList();
        // queued behind the repaint, so the new picture is painted before prefetching starts; after a
        // cold request only once it has arrived, so no prefetch decode competes with it for the cores
        Runnable prefetch = () -> SwingUtilities.invokeLater(() -> {
            if (ticket == generation) {
                cache.prefetch(neighbours, Detail.PREVIEW);
            }
        });
        var cached = cache.cached(image, Detail.PREVIEW);
        if (cached.isPresent()) {
            display(shownIndex, cached.get());
            prefetch.run();
        } else {
            request(ticket, shownIndex, image, Detail.PREVIEW).whenComplete((decoded, error) -> prefetch.run());
        }
    }

    private CompletableFuture<DecodedImage> request(long ticket, int shownIndex, Path image, Detail detail) {
        CompletableFuture<DecodedImage> result = cache.request(image, detail);
        result.whenComplete((decoded, error) -> {
            StartupTrace.mark("image decoded");
            onEdt(ticket, () -> arrived(shownIndex, image, decoded, error));
        });
        return result;
    }

    private void display(int shownIndex, DecodedImage decoded) {
        if (decoded.isReleased()) {
            // evicted between the cache hit and now: decode it again
            request(generation, shownIndex, decoded.file(), Detail.PREVIEW);
            return;
        }
        shown = decoded;
        listeners.forEach(l -> l.imageShown(shownIndex, decoded));
        refitShown();
    }

    /**
     * Keeps the shown image sharp at the view's size: full resolution when the copy shown has fewer
     * pixels than the fitted view (once per image), else a fitted copy re-made off the EDT when its
     * size is no longer the fit size; when the cache already freed the pixels, the image is decoded again.
     */
    private void refitShown() {
        DecodedImage current = shown;
        if (current == null) {
            return;
        }
        long ticket = generation;
        int shownIndex = index;
        Path image = images.get(shownIndex);
        int width = viewWidth;
        int height = viewHeight;
        if (!current.isSharpAt(FitSize.of(current.width(), current.height(), width, height))) {
            if (fullRequested != ticket) {
                fullRequested = ticket;
                request(ticket, shownIndex, image, Detail.FULL);
            }
        } else if (current.isNative() && !current.isFittedFor(width, height)) {
            fitter.execute(() -> refit(ticket, shownIndex, current, width, height));
        }
    }

    /** On the fitter thread; a size that a newer resize has replaced is skipped. */
    private void refit(long ticket, int shownIndex, DecodedImage current, int width, int height) {
        if (width != viewWidth || height != viewHeight) {
            return;
        }
        boolean remade = current.refit(width, height);
        onEdt(ticket, () -> {
            if (shown != current) {
                return;
            }
            if (remade) {
                listeners.forEach(l -> l.imageShown(shownIndex, current));
            } else if (current.isReleased()) {
                request(ticket, shownIndex, current.file(), Detail.PREVIEW);
            }
        });
    }

    private void arrived(int shownIndex, Path image, DecodedImage decoded, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CancellationException) {
            return;
        }
        if (cause != null) {
            String message = ImageErrors.describe(image, cause);
            listeners.forEach(l -> l.imageFailed(shownIndex, image, message));
        } else {
            display(shownIndex, decoded);
        }
    }

    /** Runs on the cache's thread: a reduced copy sized to the view, or the full resolution. */
    private DecodedImage decode(Path file, Detail detail) throws ImageLoadException {
        int width = viewWidth;
        int height = viewHeight;
        return detail == Detail.PREVIEW ? ImageLoader.loadToFit(file, width, height)
                : ImageLoader.load(file, width, height);
    }

    private void onEdt(long ticket, Runnable event) {
        SwingUtilities.invokeLater(() -> {
            if (ticket == generation) {
                event.run();
            }
        });
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

    /** The decoded-image cache (its byte bound and what it holds), for diagnostics and the benchmark. */
    public ImageCache cache() {
        return cache;
    }
}
