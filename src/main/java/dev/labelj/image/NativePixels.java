package dev.labelj.image;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.opencv.core.Mat;

/**
 * Decoded pixels kept off the Java heap in an OpenCV Mat, freed explicitly by {@link #release()}
 * (the image cache does that on eviction) instead of waiting for a garbage collection. Readers and
 * the release are guarded by a read-write lock: a release waits for reads under way, and a read
 * after the release finds nothing instead of touching freed memory.
 */
final class NativePixels {
    private final Mat mat;
    private final int width;
    private final int height;
    private final long bytes;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean released;

    /** Takes ownership of {@code mat}. */
    NativePixels(Mat mat) {
        this.mat = mat;
        this.width = mat.cols();
        this.height = mat.rows();
        this.bytes = mat.total() * mat.elemSize();
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
        lock.readLock().lock();
        try {
            return released ? Optional.empty() : Optional.ofNullable(reader.apply(mat));
        } finally {
            lock.readLock().unlock();
        }
    }

    boolean isReleased() {
        lock.readLock().lock();
        try {
            return released;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Frees the native memory; waits for reads under way; later calls do nothing. */
    void release() {
        lock.writeLock().lock();
        try {
            if (!released) {
                released = true;
                mat.release();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
