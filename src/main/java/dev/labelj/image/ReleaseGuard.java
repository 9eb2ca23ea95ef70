package dev.labelj.image;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Guards memory that is freed explicitly (native pixels): reads run under a shared lock and find
 * nothing once it is freed, and freeing waits for reads under way, so nobody touches freed memory.
 */
final class ReleaseGuard {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Runnable free;
    private boolean released;

    ReleaseGuard(Runnable free) {
        this.free = free;
    }

    /** Runs {@code reader} unless already freed; empty when freed (or it gave null). */
    <T> Optional<T> read(Supplier<T> reader) {
        lock.readLock().lock();
        try {
            return released ? Optional.empty() : Optional.ofNullable(reader.get());
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

    /** Frees the memory once; waits for reads under way; later calls do nothing. */
    void release() {
        lock.writeLock().lock();
        try {
            if (!released) {
                released = true;
                free.run();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
