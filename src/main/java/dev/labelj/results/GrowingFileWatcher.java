package dev.labelj.results;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Polls a results file that a running training appends to and calls back, on its own daemon
 * thread, whenever its size or modification time changes. Polling (not WatchService) because
 * network drives and some platforms deliver no events, and a results file changes once a minute.
 */
public final class GrowingFileWatcher implements AutoCloseable {
    private final Path file;
    private final Runnable onChange;
    private final Consumer<RuntimeException> onFailure;
    private final ScheduledExecutorService timer;
    private SizeAndTime last;

    /**
     * {@code readAt}: the file's stamp taken before the caller read it, so growth during or after that
     * read is reported by the first poll, and an unchanged file is not read again. {@code onFailure}
     * hears about an exception from {@code onChange}; polling goes on after it.
     */
    public GrowingFileWatcher(Path file, SizeAndTime readAt, Runnable onChange, Consumer<RuntimeException> onFailure) {
        this.file = file;
        this.last = readAt;
        this.onChange = onChange;
        this.onFailure = onFailure;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "results-watch-" + file.getFileName());
            thread.setDaemon(true);
            return thread;
        });
    }

    public void start(long periodMillis) {
        timer.scheduleWithFixedDelay(this::poll, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** One check; public so a caller can force it. */
    public synchronized boolean poll() {
        SizeAndTime now = SizeAndTime.of(file);
        if (now.equals(last)) {
            return false;
        }
        last = now;
        try {
            onChange.run();
        } catch (RuntimeException e) {
            // An exception escaping here would silently end scheduleWithFixedDelay: report and go on.
            onFailure.accept(e);
        }
        return true;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
