package dev.labelj.ui.results;

import dev.labelj.results.RunFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * Lists the opened folders of runs every poll, off the EDT, and hands the results files found to the
 * EDT: a training started after the folder was opened shows up by itself. A folder's mtime would
 * not do: a new run's results.csv appears one level (or two) below it.
 */
final class FolderWatch implements AutoCloseable {
    private final List<Path> folders = new CopyOnWriteArrayList<>();
    private final Consumer<List<Path>> onListing;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "results-folders");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> polling;

    /** {@code onListing} runs on the EDT with every results file in the folders, newest first. */
    FolderWatch(Consumer<List<Path>> onListing) {
        this.onListing = onListing;
    }

    void add(Path folder) {
        if (!folders.contains(folder)) {
            folders.add(folder);
        }
    }

    void clear() {
        folders.clear();
    }

    /** EDT. */
    void setActive(boolean on, long periodMillis) {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
        if (on && !timer.isShutdown()) {
            polling = timer.scheduleWithFixedDelay(this::poll, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** One listing; synchronized so that a forced poll and the timer's never interleave. */
    synchronized void poll() {
        List<Path> watched = List.copyOf(folders);
        if (watched.isEmpty()) {
            return;
        }
        List<Path> files = new ArrayList<>();
        for (Path folder : watched) {
            try {
                files.addAll(RunFiles.runsIn(folder));
            } catch (IOException e) {
                // a folder being renamed or removed: the next poll sees how it ended up
            }
        }
        // only if the same folders are still watched: a listing of folders closed meanwhile is stale
        SwingUtilities.invokeLater(() -> {
            if (watched.equals(List.copyOf(folders))) {
                onListing.accept(List.copyOf(files));
            }
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
