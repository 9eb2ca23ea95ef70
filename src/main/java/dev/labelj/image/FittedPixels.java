package dev.labelj.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import org.bytedeco.javacpp.BytePointer;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * A picture scaled to a view's fit size, held in native memory as BGRA bytes, which read as
 * little-endian ints are exactly TYPE_INT_RGB's 0x??RRGGBB. A view copies it into one reusable
 * BufferedImage of its own ({@link #copyInto}), so browsing does not leave a 5 MB array per image on
 * the Java heap for the collector; the memory is freed explicitly by {@link #release()}. As in
 * {@link NativePixels}, a {@link ReleaseGuard} keeps a release from freeing memory a copy is reading.
 */
final class FittedPixels {
    private final BytePointer memory;
    private final IntBuffer pixels;
    private final int width;
    private final int height;
    private final ReleaseGuard guard;

    private FittedPixels(BytePointer memory, int width, int height) {
        this.memory = memory;
        this.guard = new ReleaseGuard(memory::deallocate);
        this.width = width;
        this.height = height;
        this.pixels = memory.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
    }

    /**
     * {@code eightBit} (gray or BGR, 8-bit) area-averaged down to {@code size}; when it has fewer than
     * two pixels per fitted pixel a bilinear resize is used instead: as sharp there, and several
     * times faster than the area filter at such ratios.
     */
    static FittedPixels of(Mat eightBit, FitSize size) {
        Mat small = new Mat();
        BytePointer memory = new BytePointer((long) size.width() * size.height() * 4);
        Mat bgra = new Mat(size.height(), size.width(), CvType.CV_8UC4, memory.asByteBuffer());
        try {
            boolean nearOne = eightBit.cols() < 2 * size.width() && eightBit.rows() < 2 * size.height();
            Imgproc.resize(eightBit, small, new Size(size.width(), size.height()), 0, 0,
                    nearOne ? Imgproc.INTER_LINEAR : Imgproc.INTER_AREA);
            Imgproc.cvtColor(small, bgra, small.channels() == 1 ? Imgproc.COLOR_GRAY2BGRA : Imgproc.COLOR_BGR2BGRA);
            return new FittedPixels(memory, size.width(), size.height());
        } catch (RuntimeException | Error e) {
            memory.deallocate();
            throw e;
        } finally {
            small.release();
            bgra.release();
        }
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    long bytes() {
        return 4L * width * height;
    }

    /**
     * Copies the pixels into {@code target}, a TYPE_INT_RGB image of exactly this size; false when
     * they were already freed (target untouched).
     */
    boolean copyInto(BufferedImage target) {
        if (target.getType() != BufferedImage.TYPE_INT_RGB || target.getWidth() != width
                || target.getHeight() != height) {
            throw new IllegalArgumentException("need a " + width + " x " + height + " TYPE_INT_RGB image");
        }
        int[] ints = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        return guard.read(() -> pixels.get(0, ints, 0, width * height)).isPresent();
    }

    /** A new heap copy, or null when already freed. */
    BufferedImage toBufferedImage() {
        BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        return copyInto(copy) ? copy : null;
    }

    boolean isReleased() {
        return guard.isReleased();
    }

    /** Frees the native memory; waits for copies under way; later calls do nothing. */
    void release() {
        guard.release();
    }
}
