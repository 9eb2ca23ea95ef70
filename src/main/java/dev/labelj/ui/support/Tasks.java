package dev.labelj.ui.support;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * The one way window code hands work to a background thread and its result back to the EDT, so the EDT never
 * decodes, scans or writes, and every failure takes the same path to the user.
 */
public final class Tasks {
    private Tasks() {
    }

    /** A named single-thread daemon worker: tasks given to it run one after another, in order. */
    public static ExecutorService worker(String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs {@code work} on {@code worker}; its result goes to {@code onDone} on the EDT, or what it threw
     * (exceptions and errors alike, e.g. an out-of-memory decode) to {@code onFailure} on the EDT.
     */
    public static <T> void submit(ExecutorService worker, Callable<T> work, Consumer<T> onDone,
            Consumer<Throwable> onFailure) {
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                SwingUtilities.invokeLater(() -> onFailure.accept(e));
                return;
            }
            SwingUtilities.invokeLater(() -> onDone.accept(result));
        });
    }
}
