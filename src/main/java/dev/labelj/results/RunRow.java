package dev.labelj.results;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One run as a row of the run table: its best epoch and that epoch's precision, recall, mAP@0.5 and
 * mAP@0.5:0.95 (of the first metric group the run has: YOLOv5's plain columns, else box, mask,
 * pose; top-1 / top-5 for classification), how far it got, and the task (which names those two
 * columns: {@link MetricWords}). Missing values are empty.
 */
public record RunRow(String name, OptionalDouble bestEpoch, OptionalDouble precision, OptionalDouble recall,
                     OptionalDouble map50, OptionalDouble map50To95, int epochsRun, OptionalInt epochsPlanned,
                     RunSummary.Status status, boolean running, TrainingTask task) {
    /** The metrics compared between runs, in table order. */
    public static final List<String> METRICS = List.of("P", "R", "mAP50", "mAP50-95");

    /** {@code running}: live reload saw the file grow; a run that reached its end is not running any more. */
    public static RunRow of(RunSummary summary, boolean running) {
        TrainingRun run = summary.run();
        String group = MetricColumns.GROUPS.stream()
                .filter(g -> MetricColumns.ofGroup(g).stream().anyMatch(run::has)).findFirst().orElse("");
        OptionalDouble best = summary.best().map(b -> OptionalDouble.of(b.epoch())).orElse(OptionalDouble.empty());
        boolean classify = run.task() == TrainingTask.CLASSIFY;
        return new RunRow(run.name(), best,
                classify ? OptionalDouble.empty() : atBest(summary, List.of("metrics/precision" + group)),
                classify ? OptionalDouble.empty() : atBest(summary, List.of("metrics/recall" + group)),
                classify ? atBest(summary, List.of(MetricColumns.TOP1)) : atBest(summary, MetricColumns.map50(group)),
                classify ? atBest(summary, List.of(MetricColumns.TOP5)) : atBest(summary, MetricColumns.map50To95(group)),
                summary.epochsRun(), summary.epochsPlanned(), summary.status(), running
                        && summary.status() != RunSummary.Status.COMPLETE
                        && summary.status() != RunSummary.Status.EARLY_STOPPED, run.task());
    }

    /** The metric by its {@link #METRICS} name. */
    public OptionalDouble metric(String name) {
        return switch (name) {
            case "P" -> precision;
            case "R" -> recall;
            case "mAP50" -> map50;
            case "mAP50-95" -> map50To95;
            default -> throw new IllegalArgumentException("no metric " + name);
        };
    }

    /** {@code this} minus {@code other} for a metric, each at its own best epoch; empty when either lacks it. */
    public OptionalDouble delta(RunRow other, String metric) {
        OptionalDouble mine = metric(metric);
        OptionalDouble theirs = other.metric(metric);
        return mine.isPresent() && theirs.isPresent()
                ? OptionalDouble.of(Numbers.derived(mine.getAsDouble() - theirs.getAsDouble()))
                : OptionalDouble.empty();
    }

    /** "complete", "early stop", "running", "incomplete" or "unknown". */
    public String statusWord() {
        if (running) {
            return "running";
        }
        return switch (status) {
            case COMPLETE -> "complete";
            case EARLY_STOPPED -> "early stop";
            case INCOMPLETE -> "incomplete";
            case UNKNOWN -> "unknown";
        };
    }

    /** "102/150", or "102" when no plan is known. */
    public String epochsText() {
        return epochsPlanned.isPresent() ? epochsRun + "/" + epochsPlanned.getAsInt() : Integer.toString(epochsRun);
    }

    private static OptionalDouble atBest(RunSummary summary, List<String> columns) {
        for (String column : columns) {
            Double value = summary.metricsAtBest().get(column);
            if (value != null && MetricColumns.isPossible(column, value)) {
                return OptionalDouble.of(value);
            }
        }
        return OptionalDouble.empty();
    }
}
