package dev.labelj.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
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
    private Stamp last;
    // The first poll always reports a change, so growth between the caller's read and this
    // watcher's start is not missed.
    private boolean polled;

    private record Stamp(long size, long modifiedMillis) {
    }

    /** {@code onFailure} hears about an exception from {@code onChange}; polling goes on after it. */
    public GrowingFileWatcher(Path file, Runnable onChange, Consumer<RuntimeException> onFailure) {
        this.file = file;
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
        Stamp now = stamp();
        if (polled && Objects.equals(now, last)) {
            return false;
        }
        polled = true;
        last = now;
        try {
            onChange.run();
        } catch (RuntimeException e) {
            // An exception escaping here would silently end scheduleWithFixedDelay: report and go on.
            onFailure.accept(e);
        }
        return true;
    }

    private Stamp stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
