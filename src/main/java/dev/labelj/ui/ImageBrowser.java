package dev.labelj.ui;

import dev.labelj.image.DecodedImage;
import dev.labelj.image.ImageCache;
import dev.labelj.image.ImageCache.Detail;
import dev.labelj.image.ImageLoadException;
import dev.labelj.image.ImageLoader;
import dev.labelj.image.Neighbours;
import dev.labelj.ui.support.StartupTrace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javax.swing.SwingUtilities;

/**
 * The folder being browsed and the image shown. Scanning and decoding run on background threads
 * (see {@link FolderScanner} and {@link ImageCache}); results come back to the EDT, and a result for
 * an image the user has already left is dropped. Only the EDT calls the public methods.
 *
 * <p>Showing an image: a cached full-resolution copy is shown at once. Otherwise the old image stays
 * with a busy note, a reduced copy sharp at the current fit zoom is decoded first and shown, then the
 * full resolution replaces it. Neighbours in the direction of travel are prefetched at full resolution.
 */
public final class ImageBrowser {
    /** What the window needs to hear; called on the EDT. */
    public interface Listener {
        void imagesChanged(Path root, List<Path> images);

        void loading(int index, Path image);

        /** Called once per image, or twice after a cold jump: reduced copy first, full resolution next. */
        void imageShown(int index, DecodedImage image);

        void imageFailed(int index, Path image, String message);

        /** A folder scan is under way and has found this many images so far. */
        default void scanProgress(Path root, int found) {
        }

        /** A folder could not be scanned; the previous folder stays open. */
        default void scanFailed(Path root, String message) {
        }
    }

    /** Pixel bytes the decoded-image cache may hold (about four 12-megapixel photos). */
    static final long CACHE_BYTES = Long.getLong("labelj.imageCacheMB", 160) << 20;

    private final List<Listener> listeners = new ArrayList<>();
    private final ImageCache cache = new ImageCache(CACHE_BYTES, this::decode);
    private final FolderScanner scanner = new FolderScanner(this::scanned, this::scanProgress, this::scanFailed);
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

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** The size of the image view, so reduced copies are decoded sharp enough for it. */
    public void setViewSize(int width, int height) {
        if (width > 0 && height > 0) {
            viewWidth = width;
            viewHeight = height;
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
        Path wanted = requestedStart != null ? requestedStart : rememberedImage.apply(root).orElse(null);
        return wanted == null ? 0 : Math.max(0, images.indexOf(wanted));
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
        var full = cache.cached(image, Detail.FULL);
        if (full.isPresent()) {
            listeners.forEach(l -> l.imageShown(shownIndex, full.get()));
        } else {
            var preview = cache.cached(image, Detail.PREVIEW);
            preview.ifPresent(p -> listeners.forEach(l -> l.imageShown(shownIndex, p)));
            CompletableFuture<DecodedImage> first = cache.request(image, preview.isPresent() ? Detail.FULL : Detail.PREVIEW);
            first.whenComplete((decoded, error) -> onEdt(ticket, () -> {
                arrived(shownIndex, image, decoded, error);
                if (decoded != null && decoded.isReduced()) {
                    requestFull(ticket, shownIndex, image);
                }
            }));
        }
        List<Path> neighbours = Neighbours.toPrefetch(shownIndex, direction, images.size()).stream()
                .map(images::get).toList();
        // queued behind the repaint just requested, so the new picture is painted before prefetching starts
        SwingUtilities.invokeLater(() -> {
            if (ticket == generation) {
                cache.prefetch(neighbours);
            }
        });
    }

    private void requestFull(long ticket, int shownIndex, Path image) {
        cache.request(image, Detail.FULL).whenComplete((decoded, error) -> onEdt(ticket,
                () -> arrived(shownIndex, image, decoded, error)));
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
            listeners.forEach(l -> l.imageShown(shownIndex, decoded));
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
