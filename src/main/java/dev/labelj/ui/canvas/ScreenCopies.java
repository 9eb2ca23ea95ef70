package dev.labelj.ui.canvas;

import dev.labelj.image.DecodedImage;
import dev.labelj.ui.support.Tasks;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.image.BufferedImage;
import java.awt.image.VolatileImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import javax.swing.SwingUtilities;

/**
 * Copies of decoded images' fitted pictures kept by the display (X pixmaps on Linux), made ahead on a thread of
 * their own when an image is decoded ahead: painting a neighbour the user moves to then copies it within the
 * display, and its 3-4 MB of pixels do not cross to the display on the key's path (docs/adr/0189). The
 * {@link #KEPT} used or announced last are kept; the others are freed. The map is the EDT's alone: a copy made on
 * the upload thread is handed over with {@code invokeLater}, and only the EDT frees one, so none is freed while it
 * is painted.
 */
final class ScreenCopies {
    /** The image shown and the three prefetched around it (docs/adr/0024). */
    static final int KEPT = 4;

    private final Executor uploads = Tasks.worker("picture-upload");
    /** In the order last used (painted, or announced again as a neighbour): the first is the next to free. */
    private final Map<DecodedImage, VolatileImage> copies = new LinkedHashMap<>(8, 0.75f, true);
    /** The upload thread's buffer for the fitted pixels on their way to the display. */
    private BufferedImage staging;

    /** EDT: starts a copy of {@code image}'s fitted picture for a view on {@code config}, unless it has one. */
    void prepare(DecodedImage image, GraphicsConfiguration config) {
        if (config == null || !image.hasFitted() || copyOf(image, image.fittedWidth(), image.fittedHeight()) != null) {
            return;
        }
        uploads.execute(() -> {
            VolatileImage copy = upload(image, config);
            if (copy != null) {
                SwingUtilities.invokeLater(() -> keep(image, copy));
            }
        });
    }

    /** EDT: the display's copy of {@code image}'s fitted picture when it is {@code width} x {@code height}, or null. */
    VolatileImage copyOf(DecodedImage image, int width, int height) {
        VolatileImage copy = copies.get(image);
        return copy != null && copy.getWidth() == width && copy.getHeight() == height && !copy.contentsLost() ? copy
                : null;
    }

    /** EDT: frees every copy (the folder was closed). */
    void clear() {
        copies.values().forEach(VolatileImage::flush);
        copies.clear();
    }

    /** Number of copies held (tests). */
    int size() {
        return copies.size();
    }

    private void keep(DecodedImage image, VolatileImage copy) {
        VolatileImage old = copies.remove(image);
        if (old != null) {
            old.flush();
        }
        copies.put(image, copy);
        Iterator<VolatileImage> oldestFirst = copies.values().iterator();
        while (copies.size() > KEPT) {
            oldestFirst.next().flush();
            oldestFirst.remove();
        }
    }

    /**
     * Upload thread: the fitted pixels in a new display image, or null when they were freed or lost on the way, or the
     * display could not take them (the picture is then painted from the heap, as without a copy).
     */
    private VolatileImage upload(DecodedImage image, GraphicsConfiguration config) {
        try {
            return uploadOrFail(image, config);
        } catch (RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    private VolatileImage uploadOrFail(DecodedImage image, GraphicsConfiguration config) {
        BufferedImage pixels = image.copyFitted(staging);
        if (pixels == null) {
            return null;
        }
        staging = pixels;
        VolatileImage copy = config.createCompatibleVolatileImage(pixels.getWidth(), pixels.getHeight());
        copy.validate(config);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(pixels, 0, 0, null);
        } finally {
            g.dispose();
        }
        if (copy.contentsLost()) {
            copy.flush();
            return null;
        }
        return copy;
    }
}
