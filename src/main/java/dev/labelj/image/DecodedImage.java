package dev.labelj.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A decoded, EXIF-oriented image ready to paint.
 *
 * <p>The display copy may be reduced (by {@code reduction} = 2, 4 or 8) because a reduced copy is
 * already sharp at the view's fit zoom, or because the image is very large. {@code imageWidth}/
 * {@code imageHeight} are always the full-resolution size of the oriented image: the coordinate
 * space of boxes and the size written to annotation files. {@code depth} is 1 for grayscale and 3 for
 * colour, as Pascal VOC writes it. {@code fitted}, when not null, is the picture already scaled
 * (area-averaged) to the {@link FitSize} of a view, in the screen's pixel layout, so painting the
 * whole image is a 1:1 copy rather than a 12-megapixel scale on the event thread.
 *
 * <p>The display copy lives either on the Java heap ({@link #image()} returns it) or, for images
 * decoded for a view, in native memory (docs/adr/0024): then the heap only holds the fitted copy,
 * {@link #image()} makes a heap copy on each call, and the cache frees the native pixels on eviction.
 */
public final class DecodedImage {
    private final Path file;
    private final BufferedImage image;
    private final NativePixels pixels;
    private final int depth;
    private final int imageWidth;
    private final int imageHeight;
    private final int reduction;
    private volatile BufferedImage fitted;

    /** A display copy on the Java heap. */
    public DecodedImage(Path file, BufferedImage image, int depth, int imageWidth, int imageHeight, int reduction,
            BufferedImage fitted) {
        this(file, image, null, depth, imageWidth, imageHeight, reduction, fitted);
    }

    /** A display copy kept in native memory, with its fitted copy on the heap. */
    DecodedImage(Path file, NativePixels pixels, int depth, int imageWidth, int imageHeight, int reduction,
            BufferedImage fitted) {
        this(file, null, pixels, depth, imageWidth, imageHeight, reduction, fitted);
    }

    private DecodedImage(Path file, BufferedImage image, NativePixels pixels, int depth, int imageWidth,
            int imageHeight, int reduction, BufferedImage fitted) {
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
        return new DecodedImage(file, image, depth, image.getWidth(), image.getHeight(), 1, null);
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

    /** The copy scaled to the fit size of the view it was last made for, or null. */
    public BufferedImage fitted() {
        return fitted;
    }

    /** What a view paints: the heap display copy, or else the fitted copy. */
    public BufferedImage picture() {
        return image != null ? image : fitted;
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
     * was resized). Runs the area-averaging resize on the calling thread: call it off the EDT. Empty
     * when there are no native pixels, they were freed, or the image is not larger than the fit.
     */
    public Optional<BufferedImage> refit(int viewWidth, int viewHeight) {
        if (pixels == null) {
            return Optional.empty();
        }
        FitSize size = FitSize.of(imageWidth, imageHeight, viewWidth, viewHeight);
        BufferedImage current = fitted;
        if (current != null && current.getWidth() == size.width() && current.getHeight() == size.height()) {
            return Optional.of(current);
        }
        Optional<BufferedImage> remade = pixels.read(mat -> MatImages.fittedCopy(mat, size));
        remade.ifPresent(copy -> fitted = copy);
        return remade;
    }

    /** True when the fitted copy has exactly the fit size for a view of this size. */
    public boolean isFittedFor(int viewWidth, int viewHeight) {
        BufferedImage current = fitted;
        FitSize size = FitSize.of(imageWidth, imageHeight, viewWidth, viewHeight);
        return current != null && current.getWidth() == size.width() && current.getHeight() == size.height();
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
        BufferedImage currentFit = fitted;
        return (image == null ? 0 : bytes(image)) + (pixels == null ? 0 : pixels.bytes())
                + (currentFit == null ? 0 : bytes(currentFit));
    }

    /** Frees the native pixels (the cache calls this on eviction); safe against concurrent readers. */
    void release() {
        if (pixels != null) {
            pixels.release();
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
