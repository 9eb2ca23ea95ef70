package dev.labelj.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.nio.file.Path;
import java.util.Optional;
import org.opencv.core.Mat;
import org.opencv.core.Rect;

/**
 * A decoded, EXIF-oriented image ready to paint.
 *
 * <p>The display copy may be reduced (by {@code reduction} = 2, 4 or 8) because a reduced copy is
 * already sharp at the view's fit zoom, or because the image is very large. {@code imageWidth}/
 * {@code imageHeight} are always the full-resolution size of the oriented image: the coordinate
 * space of boxes and the size written to annotation files. {@code depth} is 1 for grayscale and 3 for
 * colour, as Pascal VOC writes it.
 *
 * <p>The display copy lives either on the Java heap ({@link #image()} returns it) or, for images
 * decoded for a view, in native memory (docs/adr/0024), together with a fitted copy: the picture
 * already scaled to the {@link FitSize} of the view, in the screen's pixel layout, which the view
 * copies into its own reusable image ({@link #copyFittedInto}) and paints 1:1. Then nothing of the
 * image stays on the Java heap, {@link #image()} makes a heap copy on each call, and the cache frees
 * the native memory on eviction.
 */
public final class DecodedImage {
    private final Path file;
    private final BufferedImage image;
    private final NativePixels pixels;
    private final int depth;
    private final int imageWidth;
    private final int imageHeight;
    private final int reduction;
    private volatile FittedPixels fitted;

    /** A display copy on the Java heap. */
    public DecodedImage(Path file, BufferedImage image, int depth, int imageWidth, int imageHeight, int reduction) {
        this(file, image, null, depth, imageWidth, imageHeight, reduction, null);
    }

    /** A display copy kept in native memory, with its fitted copy. */
    DecodedImage(Path file, NativePixels pixels, int depth, int imageWidth, int imageHeight, int reduction,
            FittedPixels fitted) {
        this(file, null, pixels, depth, imageWidth, imageHeight, reduction, fitted);
    }

    private DecodedImage(Path file, BufferedImage image, NativePixels pixels, int depth, int imageWidth,
            int imageHeight, int reduction, FittedPixels fitted) {
        this.file = file;
        this.image = image;
        this.pixels = pixels;
        this.depth = depth;
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
        this.reduction = reduction;
        this.fitted = fitted;
    }

    /** A full-resolution image: the display copy is the image itself. */
    public static DecodedImage full(Path file, BufferedImage image, int depth) {
        return new DecodedImage(file, image, depth, image.getWidth(), image.getHeight(), 1);
    }

    public Path file() {
        return file;
    }

    public int depth() {
        return depth;
    }

    public int reduction() {
        return reduction;
    }

    /** Full-resolution width in image pixels (the box coordinate space). */
    public int width() {
        return imageWidth;
    }

    /** Full-resolution height in image pixels (the box coordinate space). */
    public int height() {
        return imageHeight;
    }

    public int imageWidth() {
        return imageWidth;
    }

    public int imageHeight() {
        return imageHeight;
    }

    /**
     * The display copy as a BufferedImage. When the pixels are kept in native memory this makes a new
     * heap copy on every call (36 MB for 12 megapixels): for exports and zoom, not for painting.
     *
     * @throws IllegalStateException when the cache has already freed the native pixels
     */
    public BufferedImage image() {
        if (image != null) {
            return image;
        }
        return pixels.read(MatImages::toBufferedImage)
                .orElseThrow(() -> new IllegalStateException(file + ": the decoded pixels were already freed"));
    }

    /**
     * A new heap copy of the fitted copy (for tests and exports; a view uses {@link #copyFittedInto}),
     * or null when there is none or it was freed.
     */
    public BufferedImage fitted() {
        FittedPixels current = fitted;
        return current == null ? null : current.toBufferedImage();
    }

    /** True when there is a fitted copy (made for some view size) to copy from. */
    public boolean hasFitted() {
        return fitted != null;
    }

    /** Width of the fitted copy, or 0 when there is none. */
    public int fittedWidth() {
        FittedPixels current = fitted;
        return current == null ? 0 : current.width();
    }

    /** Height of the fitted copy, or 0 when there is none. */
    public int fittedHeight() {
        FittedPixels current = fitted;
        return current == null ? 0 : current.height();
    }

    /**
     * Copies the fitted copy into {@code target}, a TYPE_INT_RGB image of exactly the fitted size
     * (see {@link #fittedWidth()}); false when there is none or it was freed.
     */
    public boolean copyFittedInto(BufferedImage target) {
        FittedPixels current = fitted;
        return current != null && current.copyInto(target);
    }

    /**
     * Copies the fitted copy into {@code reuse} when that has its size, else into a new TYPE_INT_RGB image;
     * returns the image copied into, or null when there is none or it was freed. The fitted copy is read once,
     * so a re-fit on another thread (the window was resized) cannot change its size between check and copy.
     */
    public BufferedImage copyFitted(BufferedImage reuse) {
        FittedPixels current = fitted;
        if (current == null) {
            return null;
        }
        BufferedImage target = reuse != null && reuse.getType() == BufferedImage.TYPE_INT_RGB
                && reuse.getWidth() == current.width() && reuse.getHeight() == current.height() ? reuse
                : new BufferedImage(Math.max(1, current.width()), Math.max(1, current.height()),
                        BufferedImage.TYPE_INT_RGB);
        return current.copyInto(target) ? target : null;
    }

    /**
     * The display-copy pixels of the rectangle ({@code displayX}, {@code displayY}, {@code width}, {@code height}),
     * clipped to the picture, as a small heap image: a magnifier reads a few hundred pixels on each paint, never
     * the whole picture. Null when nothing of the rectangle is inside or the native pixels were freed.
     */
    public BufferedImage region(int displayX, int displayY, int width, int height) {
        int x0 = Math.max(0, displayX);
        int y0 = Math.max(0, displayY);
        int x1 = Math.min(displayWidth(), displayX + width);
        int y1 = Math.min(displayHeight(), displayY + height);
        if (x1 <= x0 || y1 <= y0) {
            return null;
        }
        if (image != null) {
            return image.getSubimage(x0, y0, x1 - x0, y1 - y0);
        }
        return pixels.read(mat -> {
            Mat copy = mat.submat(new Rect(x0, y0, x1 - x0, y1 - y0)).clone();
            try {
                return MatImages.toBufferedImage(copy);
            } finally {
                copy.release();
            }
        }).orElse(null);
    }

    /** The heap display copy, or null when the display copy is kept natively. */
    public BufferedImage heapImage() {
        return image;
    }

    /** True when the display copy is in native memory rather than on the heap. */
    public boolean isNative() {
        return pixels != null;
    }

    public int displayWidth() {
        return image != null ? image.getWidth() : pixels.width();
    }

    public int displayHeight() {
        return image != null ? image.getHeight() : pixels.height();
    }

    public boolean isReduced() {
        return reduction > 1;
    }

    /** True when the display copy has at least one pixel per view pixel at this fit size (nothing to gain from more). */
    public boolean isSharpAt(FitSize fit) {
        return !isReduced() || (displayWidth() >= fit.width() && displayHeight() >= fit.height());
    }

    /**
     * Re-makes the fitted copy for a view of this size from the native pixels (e.g. after the window
     * was resized). Runs the resize on the calling thread: call it off the EDT. False when there are
     * no native pixels, they were freed, or the image is not larger than the fit.
     */
    public synchronized boolean refit(int viewWidth, int viewHeight) {
        if (pixels == null) {
            return false;
        }
        if (isFittedFor(viewWidth, viewHeight)) {
            return true;
        }
        FitSize size = FitSize.of(imageWidth, imageHeight, viewWidth, viewHeight);
        Optional<FittedPixels> remade = pixels.read(mat -> MatImages.fittedCopy(mat, size));
        if (remade.isEmpty()) {
            return false;
        }
        FittedPixels old = fitted;
        fitted = remade.get();
        if (old != null) {
            old.release();
        }
        if (pixels.isReleased()) {
            // freed by the cache while re-fitting: free the new copy too, as eviction would have
            remade.get().release();
        }
        return true;
    }

    /** True when the fitted copy has exactly the fit size for a view of this size. */
    public boolean isFittedFor(int viewWidth, int viewHeight) {
        FittedPixels current = fitted;
        FitSize size = FitSize.of(imageWidth, imageHeight, viewWidth, viewHeight);
        return current != null && current.width() == size.width() && current.height() == size.height();
    }

    /** Display-copy pixels per full-resolution image pixel (1, 1/2, 1/4, 1/8 up to rounding). */
    public double displayScaleX() {
        return (double) displayWidth() / imageWidth;
    }

    public double displayScaleY() {
        return (double) displayHeight() / imageHeight;
    }

    /** Bytes held by the pixels, native and heap (what the cache counts against its bound). */
    public long pixelBytes() {
        FittedPixels currentFit = fitted;
        return (image == null ? 0 : bytes(image)) + (pixels == null ? 0 : pixels.bytes())
                + (currentFit == null ? 0 : currentFit.bytes());
    }

    /** Frees the native pixels (the cache calls this on eviction); safe against concurrent readers. */
    void release() {
        if (pixels != null) {
            pixels.release();
        }
        FittedPixels currentFit = fitted;
        if (currentFit != null) {
            currentFit.release();
        }
    }

    /** True when the native pixels were freed; the fitted copy stays usable. */
    public boolean isReleased() {
        return pixels != null && pixels.isReleased();
    }

    private static long bytes(BufferedImage picture) {
        DataBuffer buffer = picture.getRaster().getDataBuffer();
        return (long) buffer.getSize() * buffer.getNumBanks() * DataBuffer.getDataTypeSize(buffer.getDataType()) / 8;
    }
}
