package dev.labelj.ui.browse;

import dev.labelj.image.DecodedImage;
import dev.labelj.image.FitSize;
import dev.labelj.image.ImageCache;
import dev.labelj.image.ImageCache.Detail;
import dev.labelj.image.ImageLoadException;
import dev.labelj.image.ImageLoader;
import dev.labelj.image.Neighbours;
import dev.labelj.ui.support.StartupTrace;
import dev.labelj.ui.support.Tasks;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * Decodes the image being shown and prefetches its neighbours, off the EDT; results come back to the EDT, and a
 * result for an image the user has already left is dropped. Only the EDT calls the public methods (except
 * {@link #prefetchEarly}).
 *
 * <p>Showing an image: a cached copy is shown at once. Otherwise the old image stays with a busy
 * note while a copy sharp at the current fit zoom is decoded (a reduced JPEG decode when that has at
 * least one pixel per view pixel). Full resolution is decoded only when that copy is not sharp at the
 * view's size (e.g. the window grew); on a resize the fitted copy is re-made off the EDT from the
 * native pixels. Neighbours in the direction of travel are prefetched the same way (docs/adr/0024), and made again
 * for the view once a new size has settled (docs/adr/0186).
 */
public final class ImagePipeline {
    /**
     * Pixel bytes, native and heap, the decoded-image cache may hold: 5 to 14 MB a 12-megapixel photo decoded sharp
     * for a 1600 x 1000 window (a 1/4 or 1/2 decode and the fitted copy), so five to a dozen of them, more than the one
     * shown and the three prefetched around it need. It was 128 MB; halving it took 60 MB off the peak RSS of paging
     * through such photos (docs/adr/0171). On a screen large enough that four copies do not fit, the bound makes
     * room for four.
     */
    static final long CACHE_BYTES = Long.getLong("labelj.imageCacheMB", 64) << 20;
    /** The image shown, two ahead and one behind (docs/adr/0024). */
    static final int CACHE_KEEPS_AT_LEAST = 4;

    /**
     * How long after a picture is shown its neighbours start decoding: the paint and the X server's copy of it
     * take 10-20 ms on two cores; at 2.5 images a second a prefetch still has over 300 ms to finish.
     */
    static final int PREFETCH_DELAY_MS = 60;
    /**
     * How long the view keeps a new size before the neighbours decoded for the old one are made again for it: a drag
     * of the window's edge resizes the view many times a second (docs/adr/0186).
     */
    static final int RESIZE_SETTLED_MS = 200;

    private final BrowseListener out;
    private final ImageCache cache = new ImageCache(CACHE_BYTES, CACHE_KEEPS_AT_LEAST, this::decode);
    private final Executor fitter = Tasks.worker("image-fit");
    private boolean fullDetail;
    private volatile int viewWidth = 1200;
    private volatile int viewHeight = 900;
    private long generation;
    private int index = -1;
    private Path current;
    private DecodedImage shown;
    private long fullRequested = -1;
    private List<Path> prefetched = List.of();
    private final Timer resized = new Timer(RESIZE_SETTLED_MS, e -> refitNeighbours());

    /** {@code out} hears imageShown and imageFailed. */
    public ImagePipeline(BrowseListener out) {
        this.out = out;
        resized.setRepeats(false);
    }

    /** The size of the image view, so reduced copies are decoded sharp enough for it. */
    public void setViewSize(int width, int height) {
        if (width > 0 && height > 0) {
            viewWidth = width;
            viewHeight = height;
            refitShown();
            resized.restart();
        }
    }

    /**
     * The view is zoomed in past the fit: a reduced copy is no longer sharp enough, so the full resolution is
     * decoded (once per image) — the pipeline picks, the view only says how it is looking.
     */
    public void setFullDetail(boolean wanted) {
        if (fullDetail != wanted) {
            fullDetail = wanted;
            refitShown();
        }
    }

    /** Drops every result still on its way (a new folder is being opened). */
    public void invalidate() {
        generation++;
        shown = null;
        prefetched = List.of();
    }

    /**
     * Any thread: starts decoding an image that is about to be asked for (the first of a folder); completes with
     * its pixels.
     */
    public CompletableFuture<DecodedImage> prefetchEarly(Path image) {
        // asked for as the user's request: it is the image the window will show first, and the request the
        // window makes for it joins this decode
        return cache.request(image, Detail.PREVIEW);
    }

    /** Forgets images that are gone from the folder. */
    public void evict(List<Path> removed) {
        removed.forEach(cache::evict);
    }

    /** Shows {@code images[index]}; {@code direction} (+1/-1, 0 for a jump) says which neighbours to prefetch. */
    public void show(List<Path> images, int shownIndex, int direction) {
        long ticket = ++generation;
        Path image = images.get(shownIndex);
        index = shownIndex;
        current = image;
        shown = null;
        List<Path> neighbours = Neighbours.toPrefetch(shownIndex, direction, images.size()).stream()
                .map(images::get).toList();
        // started a little after the new picture was painted, so no prefetch decode competes for the two cores
        // with the X server putting that picture on the screen; after a cold request only once it has arrived
        Runnable prefetch = () -> SwingUtilities.invokeLater(() -> afterFrame(() -> {
            if (ticket == generation) {
                prefetched = neighbours;
                cache.prefetch(neighbours, Detail.PREVIEW);
                // those already decoded are announced now, the others when their decode is done
                neighbours.forEach(n -> cache.cached(n, Detail.PREVIEW).ifPresent(out::decodedAhead));
            }
        }));
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
        out.imageShown(shownIndex, decoded);
        refitShown();
    }

    /**
     * Keeps the shown image sharp at the view's size: full resolution when the copy shown has fewer
     * pixels than the fitted view (once per image), else a fitted copy re-made off the EDT when its
     * size is no longer the fit size; when the cache already freed the pixels, the image is decoded again.
     */
    private void refitShown() {
        DecodedImage decoded = shown;
        if (decoded == null) {
            return;
        }
        long ticket = generation;
        int shownIndex = index;
        int width = viewWidth;
        int height = viewHeight;
        boolean zoomedPastReduced = fullDetail && decoded.isReduced();
        if (zoomedPastReduced || !decoded.isSharpAt(FitSize.of(decoded.width(), decoded.height(), width, height))) {
            if (fullRequested != ticket) {
                fullRequested = ticket;
                request(ticket, shownIndex, current, Detail.FULL);
            }
        } else if (decoded.isNative() && !decoded.isFittedFor(width, height)) {
            fitter.execute(() -> refit(ticket, shownIndex, decoded, width, height));
        }
    }

    /**
     * The view's size has settled: neighbours decoded for the old size are made again for the new one, so the next
     * image is sharp and fitted when it is shown, not blurred or scaled while a new copy is made (docs/adr/0186). A
     * copy too small for the view is decoded again; one still sharp enough is re-fitted.
     */
    private void refitNeighbours() {
        int width = viewWidth;
        int height = viewHeight;
        boolean decodeAgain = false;
        for (Path neighbour : prefetched) {
            Optional<DecodedImage> cached = cache.cached(neighbour, Detail.PREVIEW);
            if (cached.isEmpty() || neighbour.equals(current)) {
                continue;
            }
            DecodedImage decoded = cached.get();
            if (!decoded.isSharpAt(FitSize.of(decoded.width(), decoded.height(), width, height))) {
                cache.evict(neighbour);
                decodeAgain = true;
            } else if (decoded.isNative() && !decoded.isFittedFor(width, height)) {
                fitter.execute(() -> {
                    if (width == viewWidth && height == viewHeight) {
                        decoded.refit(width, height);
                    }
                });
            }
        }
        if (decodeAgain) {
            cache.prefetch(prefetched, Detail.PREVIEW);
        }
    }

    /** On the fitter thread; a size that a newer resize has replaced is skipped. */
    private void refit(long ticket, int shownIndex, DecodedImage decoded, int width, int height) {
        if (width != viewWidth || height != viewHeight) {
            return;
        }
        boolean remade = decoded.refit(width, height);
        onEdt(ticket, () -> {
            if (shown != decoded) {
                return;
            }
            if (remade) {
                out.imageShown(shownIndex, decoded);
            } else if (decoded.isReleased()) {
                request(ticket, shownIndex, decoded.file(), Detail.PREVIEW);
            }
        });
    }

    private void arrived(int shownIndex, Path image, DecodedImage decoded, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CancellationException) {
            return;
        }
        if (cause != null) {
            out.imageFailed(shownIndex, image, ImageErrors.describe(image, cause));
        } else {
            display(shownIndex, decoded);
        }
    }

    /** Runs on the cache's thread: a reduced copy sized to the view, or the full resolution. */
    private DecodedImage decode(Path file, Detail detail) throws ImageLoadException {
        int width = viewWidth;
        int height = viewHeight;
        DecodedImage decoded = detail == Detail.PREVIEW ? ImageLoader.loadToFit(file, width, height)
                : ImageLoader.load(file, width, height);
        // for the image asked for too: its annotation read then starts before its pixels reach the EDT
        SwingUtilities.invokeLater(() -> out.decodedAhead(decoded));
        return decoded;
    }

    /** Runs {@code step} on the EDT once the frame just painted has had time to reach the screen. */
    private static void afterFrame(Runnable step) {
        Timer timer = new Timer(PREFETCH_DELAY_MS, e -> step.run());
        timer.setRepeats(false);
        timer.start();
    }

    private void onEdt(long ticket, Runnable event) {
        SwingUtilities.invokeLater(() -> {
            if (ticket == generation) {
                event.run();
            }
        });
    }

    /** The decoded-image cache (its byte bound and what it holds), for diagnostics and the benchmark. */
    public ImageCache cache() {
        return cache;
    }
}
