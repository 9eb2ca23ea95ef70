package dev.labelj.ui.results;

import dev.labelj.results.GrowingFileWatcher;
import dev.labelj.results.ResultsCsv;
import dev.labelj.results.ResultsReadException;
import dev.labelj.results.RunFiles;
import dev.labelj.results.SizeAndTime;
import dev.labelj.results.TrainingRun;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.Tasks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javax.swing.SwingUtilities;

/**
 * The runs shown in one viewer window. Files are read on a worker thread and watched by polling
 * (also off the EDT); the listener hears about every change on the EDT only. A folder of runs
 * ({@code runs/train/}) is opened as all its runs, newest first, and watched for new ones.
 */
final class RunSet implements AutoCloseable {
    static final long POLL_MILLIS = 1000;

    interface Listener {
        void runsChanged(List<LoadedRun> runs);

        void loadFailed(Path input, String message);
    }

    private final Listener listener;
    private final ExecutorService loader = Tasks.worker("results-load");
    private final List<LoadedRun> runs = new ArrayList<>();
    private final List<GrowingFileWatcher> watchers = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final FolderWatch folders = new FolderWatch(this::newRunsFound);
    private boolean live = true;
    /** Counts replacing opens: a folder listing or read begun before one must not add to the new runs. */
    private int generation;

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
     * Replaces (or, with {@code add}, extends) the runs with these files, run folders or folders of
     * runs. EDT. Every input that cannot be read is kept in {@link #failures()}, so none disappears
     * without a word.
     */
    void open(List<Path> inputs, boolean add) {
        if (!add) {
            folders.clear();
            generation++;
        }
        loader.execute(() -> {
            List<LoadedRun> loaded = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            List<Path> folderInputs = new ArrayList<>();
            for (Path input : inputs) {
                if (RunFiles.isFolderOfRuns(input)) {
                    folderInputs.add(input);
                    readFolder(input, loaded, failed);
                } else {
                    read(input, loaded, failed);
                }
            }
            SwingUtilities.invokeLater(() -> {
                folderInputs.forEach(folders::add);
                opened(loaded, failed, add);
            });
        });
    }

    private static void readFolder(Path folder, List<LoadedRun> loaded, List<String> failed) {
        try {
            List<Path> files = RunFiles.runsIn(folder);
            if (files.isEmpty()) {
                failed.add(Messages.get("results.error.noRuns", folder) + watching());
            }
            files.forEach(file -> read(file, loaded, failed));
        } catch (IOException e) {
            failed.add(folder + ": " + e.getMessage());
        }
    }

    private static void read(Path input, List<LoadedRun> loaded, List<String> failed) {
        try {
            loaded.add(load(RunFiles.resolve(input)));
        } catch (ResultsReadException e) {
            failed.add(e.getMessage());
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // a file too big to hold is one failure among the inputs; the others still open
            failed.add(input + ": " + ChartRefresh.describe(e));
        }
    }

    /** The end of a failure that a folder watch clears once a run appears in it. */
    private static String watching() {
        return Messages.get("results.error.watching");
    }

    /** Why each input of the last open (and the adds since) could not be read. EDT. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    /** The current watchers, so a caller can force a poll. EDT. */
    List<GrowingFileWatcher> watchers() {
        return List.copyOf(watchers);
    }

    /** Lists the watched folders of runs now and adds any new run; returns when the listing is queued. */
    void pollFolders() {
        folders.poll();
    }

    /** Starts or stops polling the files (and folders of runs) for growth. EDT. */
    void setLive(boolean on) {
        live = on;
        watchers.forEach(GrowingFileWatcher::close);
        watchers.clear();
        folders.setActive(on, POLL_MILLIS);
        if (on) {
            runs.forEach(this::watch);
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

    /** From a folder listing (EDT): the files not shown yet are new runs, most likely still training. */
    private void newRunsFound(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        List<Path> known = runs.stream().map(r -> r.run().file().toAbsolutePath().normalize()).toList();
        List<Path> fresh = files.stream().filter(f -> !known.contains(f.toAbsolutePath().normalize())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        int listedIn = generation;
        loader.execute(() -> {
            List<LoadedRun> loaded = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            fresh.forEach(file -> read(file, loaded, failed));
            SwingUtilities.invokeLater(() -> {
                if (listedIn != generation) {
                    return; // the window was given other runs meanwhile
                }
                if (!loaded.isEmpty()) {
                    failures.removeIf(f -> f.endsWith(watching()));
                }
                // after the others, so that every run shown keeps its colour
                runs.addAll(loaded.stream().map(r -> r.withRunning(true)).toList());
                failures.addAll(failed);
                setLive(live);
                listener.runsChanged(loaded());
            });
        });
    }

    /**
     * Reads the results file, stamped just before (live reload starts from the stamp), and lists the run folder's
     * images: here, on the loader or watcher thread, never on the EDT.
     */
    private static LoadedRun load(Path file) throws ResultsReadException, IOException {
        SizeAndTime readAt = SizeAndTime.of(file);
        TrainingRun run = ResultsCsv.read(file);
        return new LoadedRun(run, RunFiles.imagesBeside(run.file()), readAt);
    }

    private void watch(LoadedRun loaded) {
        // The watcher thread re-reads the file itself: parsing never touches the EDT.
        // A failed re-read (even an unexpected exception) goes to the status bar; polling goes on.
        Path file = loaded.run().file();
        GrowingFileWatcher watcher = new GrowingFileWatcher(file, loaded.readAt(), () -> reread(file),
                e -> SwingUtilities.invokeLater(() -> listener.loadFailed(file, file + ": " + e)));
        watcher.start(POLL_MILLIS);
        watchers.add(watcher);
    }

    private void reread(Path file) {
        try {
            LoadedRun fresh = load(file);
            SwingUtilities.invokeLater(() -> replace(fresh));
        } catch (ResultsReadException | IOException e) {
            SwingUtilities.invokeLater(() -> listener.loadFailed(file, e.getMessage()));
        } catch (OutOfMemoryError e) {
            SwingUtilities.invokeLater(() -> listener.loadFailed(file, file + ": " + ChartRefresh.describe(e)));
        }
    }

    /** A run that gained an epoch while watched is training: it is marked running from then on. */
    private void replace(LoadedRun fresh) {
        for (int i = 0; i < runs.size(); i++) {
            LoadedRun old = runs.get(i);
            if (old.run().file().equals(fresh.run().file())) {
                runs.set(i, fresh.withRunning(old.running() || fresh.run().rows() > old.run().rows()));
            }
        }
        listener.runsChanged(loaded());
    }

    @Override
    public void close() {
        watchers.forEach(GrowingFileWatcher::close);
        watchers.clear();
        folders.close();
        loader.shutdownNow();
    }
}
