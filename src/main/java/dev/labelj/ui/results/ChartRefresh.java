package dev.labelj.ui.results;

import dev.labelj.charts.ChartGrid;
import dev.labelj.charts.ChartGridPanel;
import dev.labelj.charts.ChartOptions;
import dev.labelj.results.TrainingRun;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.Tasks;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Builds the viewer's charts on a worker thread and shows them on the EDT, so a run of a million
 * epochs never holds the window up; only the latest request is shown (a request overtaken before it
 * starts is not built at all). A failure, even running out of memory, goes to {@code onFailure} as
 * words, and the grid is left empty rather than showing charts of other runs.
 */
final class ChartRefresh implements AutoCloseable {
    private final ChartGridPanel panel;
    private final Consumer<String> onFailure;
    private final Consumer<String> onProblems;
    private final ExecutorService worker = Tasks.worker("results-charts");
    private final AtomicInteger latest = new AtomicInteger();
    /** The request the grid shows (EDT). */
    private int shown;

    /** {@code onProblems}: what a grid that was drawn leaves out ({@code ChartGrid.problems()}). */
    ChartRefresh(ChartGridPanel panel, Consumer<String> onFailure, Consumer<String> onProblems) {
        this.panel = panel;
        this.onFailure = onFailure;
        this.onProblems = onProblems;
    }

    /** EDT. The runs are immutable and the options a value, so the worker may read them. */
    void request(List<TrainingRun> runs, ChartOptions options) {
        if (worker.isShutdown()) {
            return; // a reload queued before the window closed
        }
        int ticket = latest.incrementAndGet();
        Tasks.submit(worker, () -> ticket == latest.get() ? ChartGrid.of(runs, options, false) : null, grid -> {
            if (ticket == latest.get()) {
                panel.show(grid, options);
                shown = ticket;
                if (!grid.problems().isEmpty()) {
                    onProblems.accept(String.join("; ", grid.problems()));
                }
            }
        }, failure -> {
            if (ticket == latest.get()) {
                panel.show(ChartGrid.of(List.of(), options, false), options);
                shown = ticket;
                onFailure.accept(describe(failure));
            }
        });
    }

    /** True when the grid shows the latest request (EDT). */
    boolean isCurrent() {
        return shown == latest.get();
    }

    /** Also used for a failed read. */
    static String describe(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return Messages.get("results.error.memory");
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
