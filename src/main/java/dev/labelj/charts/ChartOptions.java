package dev.labelj.charts;

import dev.labelj.results.FitnessRule;
import java.util.Optional;

/**
 * How the charts are drawn: the YOLOv5 smoothing line, log scale on loss charts, and the fitness
 * rule for the best-epoch marker (empty: each run's default).
 */
public record ChartOptions(boolean smooth, boolean logLosses, Optional<FitnessRule> rule) {
    public static final ChartOptions DEFAULT = new ChartOptions(false, false, Optional.empty());

    public ChartOptions withSmooth(boolean on) {
        return new ChartOptions(on, logLosses, rule);
    }

    public ChartOptions withLogLosses(boolean on) {
        return new ChartOptions(smooth, on, rule);
    }

    public ChartOptions withRule(Optional<FitnessRule> newRule) {
        return new ChartOptions(smooth, logLosses, newRule);
    }
}
