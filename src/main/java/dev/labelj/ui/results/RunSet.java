package dev.labelj.ui.results;

import dev.labelj.results.GrowingFileWatcher;
import dev.labelj.results.ResultsCsv;
import dev.labelj.results.ResultsReadException;
import dev.labelj.results.RunFiles;
import dev.labelj.results.TrainingRun;
import dev.labelj.ui.support.Background;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javax.swing.SwingUtilities;

/**
 * The runs shown in one viewer window. Files are read on a worker thread and watched by polling
 * (also off the EDT); the listener hears about every change on the EDT only.
 */
final class RunSet implements AutoCloseable {
    static final long POLL_MILLIS = 1000;

    interface Listener {
        void runsChanged(List<LoadedRun> runs);

        void loadFailed(Path input, String message);
    }

    private final Listener listener;
    private final ExecutorService loader = Background.singleThread("results-load");
    private final List<LoadedRun> runs = new ArrayList<>();
    private final List<GrowingFileWatcher> watchers = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private boolean live = true;

    RunSet(Listener listener) {
        this.listener = listener;
    }

    /** EDT only: the list changes there, so any other thread would read it mid-change. */
    List<TrainingRun> runs() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("runs are read on the event dispatch thread only");
        }
        return runs.stream().map(LoadedRun::run).toList();
    }

    /** The runs with their images. EDT. */
    List<LoadedRun> loaded() {
        return List.copyOf(runs);
    }

    /**
     * Replaces (or, with {@code add}, extends) the runs with these files or run folders. EDT. Every
     * input that cannot be read is kept in {@link #failures()}, so none disappears without a word.
     */
    void open(List<Path> inputs, boolean add) {
        loader.execute(() -> {
            List<LoadedRun> loaded = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            for (Path input : inputs) {
                try {
                    loaded.add(withImages(ResultsCsv.read(RunFiles.resolve(input))));
                } catch (ResultsReadException e) {
                    failed.add(e.getMessage());
                } catch (IOException | RuntimeException e) {
                    failed.add(input + ": " + e.getMessage());
                }
            }
            SwingUtilities.invokeLater(() -> opened(loaded, failed, add));
        });
    }

    /** Why each input of the last open (and the adds since) could not be read. EDT. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    /** The current watchers, so a caller can force a poll. EDT. */
    List<GrowingFileWatcher> watchers() {
        return List.copyOf(watchers);
    }

    /** Starts or stops polling the files for growth. EDT. */
    void setLive(boolean on) {
        live = on;
        watchers.forEach(GrowingFileWatcher::close);
        watchers.clear();
        if (on) {
            runs.forEach(loaded -> watch(loaded.run().file()));
        }
    }

    private void opened(List<LoadedRun> loaded, List<String> failed, boolean add) {
        if (!add) {
            runs.clear();
            failures.clear();
        }
        failures.addAll(failed);
        runs.addAll(loaded);
        setLive(live);
        listener.runsChanged(loaded());
    }

    /** Lists the run folder here, on the loader or watcher thread, never on the EDT. */
    private static LoadedRun withImages(TrainingRun run) {
        return new LoadedRun(run, RunFiles.imagesBeside(run.file()));
    }

    private void watch(Path file) {
        // The watcher thread re-reads the file itself: parsing never touches the EDT.
        // A failed re-read (even an unexpected exception) goes to the status bar; polling goes on.
        GrowingFileWatcher watcher = new GrowingFileWatcher(file, () -> reread(file),
                e -> SwingUtilities.invokeLater(() -> listener.loadFailed(file, file + ": " + e)));
        watcher.start(POLL_MILLIS);
        watchers.add(watcher);
    }

    private void reread(Path file) {
        try {
            LoadedRun fresh = withImages(ResultsCsv.read(file));
            SwingUtilities.invokeLater(() -> replace(fresh));
        } catch (ResultsReadException | IOException e) {
            SwingUtilities.invokeLater(() -> listener.loadFailed(file, e.getMessage()));
        }
    }

    private void replace(LoadedRun fresh) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).run().file().equals(fresh.run().file())) {
                runs.set(i, fresh);
            }
        }
        listener.runsChanged(loaded());
    }

    @Override
    public void close() {
        watchers.forEach(GrowingFileWatcher::close);
        watchers.clear();
        loader.shutdownNow();
    }
}
