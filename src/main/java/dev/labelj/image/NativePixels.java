package dev.labelj.image;

import java.util.Optional;
import java.util.function.Function;
import org.opencv.core.Mat;

/**
 * Decoded pixels kept off the Java heap in an OpenCV Mat, freed explicitly by {@link #release()}
 * (the image cache does that on eviction) instead of waiting for a garbage collection; a
 * {@link ReleaseGuard} keeps a release from freeing memory a read is using.
 */
final class NativePixels {
    private final Mat mat;
    private final int width;
    private final int height;
    private final long bytes;
    private final ReleaseGuard guard;

    /** Takes ownership of {@code mat}. */
    NativePixels(Mat mat) {
        this.mat = mat;
        this.width = mat.cols();
        this.height = mat.rows();
        this.bytes = mat.total() * mat.elemSize();
        this.guard = new ReleaseGuard(mat::release);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Native bytes held until {@link #release()}. */
    long bytes() {
        return bytes;
    }

    /** Runs {@code reader} on the pixels; empty when they were already released (or it gave null). */
    <T> Optional<T> read(Function<Mat, T> reader) {
        return guard.read(() -> reader.apply(mat));
    }

    boolean isReleased() {
        return guard.isReleased();
    }

    /** Frees the native memory; waits for reads under way; later calls do nothing. */
    void release() {
        guard.release();
    }
}
