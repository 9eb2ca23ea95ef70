package dev.labelj.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** What a person asks first about a run: which epoch was best, with what metrics, and did it finish. */
public record RunSummary(TrainingRun run, Optional<BestEpoch> best, Map<String, Double> metricsAtBest,
                         int epochsRun, OptionalInt epochsPlanned, Status status) {
    public enum Status {
        /** All planned epochs were written. */
        COMPLETE,
        /** Stopped because the best epoch was {@code patience} epochs behind. */
        EARLY_STOPPED,
        /** Fewer epochs than planned and no early stop: interrupted, or still training. */
        INCOMPLETE,
        /** No opt.yaml/args.yaml (or results.txt plan) to compare with. */
        UNKNOWN
    }

    public static RunSummary of(TrainingRun run, FitnessRule rule) {
        Optional<BestEpoch> best = Fitness.best(run, rule);
        Map<String, Double> atBest = new LinkedHashMap<>();
        best.ifPresent(b -> run.row(b.row()).forEach((column, value) -> {
            if (column.startsWith("metrics/")) {
                atBest.put(column, value);
            }
        }));
        int epochsRun = epochsRun(run);
        OptionalInt planned = run.metadata().plannedEpochs();
        return new RunSummary(run, best, atBest, epochsRun, planned, status(run, best, epochsRun, planned));
    }

    /**
     * The earliest epoch reaching the best fitness: earlier than {@link #best()} when epochs tie,
     * because best.pt keeps the last of equal values (ADR 0041).
     */
    public Optional<BestEpoch> firstBest() {
        return best.flatMap(b -> Fitness.firstBest(run, b.rule()));
    }

    public static RunSummary of(TrainingRun run) {
        return of(run, FitnessRule.defaultFor(run));
    }

    public Optional<Double> firstEpoch() {
        return run.rows() == 0 ? Optional.empty() : Optional.of(run.epoch(0));
    }

    public Optional<Double> lastEpoch() {
        return run.rows() == 0 ? Optional.empty() : Optional.of(run.epoch(run.rows() - 1));
    }

    /** Epoch numbers are 0-based in YOLOv5 and early YOLOv8, 1-based later: count from the first. */
    private static int epochsRun(TrainingRun run) {
        if (run.rows() == 0) {
            return 0;
        }
        double last = run.epoch(run.rows() - 1);
        return (int) Math.round(run.epoch(0) == 0 ? last + 1 : last);
    }

    private static Status status(TrainingRun run, Optional<BestEpoch> best, int epochsRun, OptionalInt planned) {
        if (planned.isEmpty() || run.rows() == 0) {
            return Status.UNKNOWN;
        }
        if (epochsRun >= planned.getAsInt()) {
            return Status.COMPLETE;
        }
        OptionalInt patience = run.metadata().patience();
        double last = run.epoch(run.rows() - 1);
        if (patience.isPresent() && best.isPresent() && last - best.get().epoch() >= patience.getAsInt()) {
            return Status.EARLY_STOPPED;
        }
        return Status.INCOMPLETE;
    }
}
