package dev.labelj.dataset;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Does the per-file part of a batch on a few threads while the caller takes the results one by one in the
 * input order, so reports, messages and output files come out exactly as a one-thread run gives them. At most
 * a few dozen files are read ahead of the caller, so memory stays flat however large the folder. When the
 * caller stops (an exception from {@code take}, a cancel), the files not yet read are never read.
 */
final class OrderedWork<I, R> implements AutoCloseable {
    /** Per core: enough to hide a slow disk read behind the others, little enough to keep memory flat. */
    private static final int AHEAD_PER_THREAD = 16;
    private static final AtomicInteger POOLS = new AtomicInteger();

    /** What the caller does with each result, in input order; may throw to stop the batch. */
    @FunctionalInterface
    interface Consumer<I, R> {
        void accept(int index, I input, R result);
    }

    private final List<I> inputs;
    private final Function<I, R> work;
    private final ExecutorService pool;
    private final int ahead;
    private final Deque<Future<R>> pending = new ArrayDeque<>();
    private int submitted;

    private OrderedWork(List<I> inputs, Function<I, R> work, int threads) {
        this.inputs = inputs;
        this.work = work;
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, daemons());
        this.ahead = Math.max(1, threads) * AHEAD_PER_THREAD;
    }

    /**
     * Runs {@code work} on every input, on as many threads as there are cores (one thread for a tiny batch),
     * and hands each result to {@code consumer} in input order on the calling thread.
     */
    static <I, R> void run(List<I> inputs, Function<I, R> work, Consumer<I, R> consumer) {
        int threads = inputs.size() < 2 * AHEAD_PER_THREAD ? 1 : Runtime.getRuntime().availableProcessors();
        try (OrderedWork<I, R> ordered = new OrderedWork<>(inputs, work, threads)) {
            ordered.each(consumer);
        }
    }

    private void each(Consumer<I, R> consumer) {
        for (int i = 0; i < inputs.size(); i++) {
            consumer.accept(i, inputs.get(i), take(i));
        }
    }

    private R take(int index) {
        if (pool == null) {
            return work.apply(inputs.get(index));
        }
        while (submitted < inputs.size() && submitted < index + ahead) {
            I input = inputs.get(submitted++);
            pending.addLast(pool.submit(() -> work.apply(input)));
        }
        Future<R> next = pending.removeFirst();
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading the dataset");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pending.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static ThreadFactory daemons() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "dataset-read-" + pool + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
