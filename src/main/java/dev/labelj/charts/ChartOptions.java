package dev.labelj.charts;

import dev.labelj.results.FitnessRule;
import java.util.Optional;

/**
 * How the charts are drawn: the YOLOv5 smoothing line, log scale on loss charts, the fitness rule
 * for the best-epoch marker (empty: each run's default), and the words they show.
 */
public record ChartOptions(boolean smooth, boolean logLosses, Optional<FitnessRule> rule, ChartTexts texts) {
    public static final ChartOptions DEFAULT = new ChartOptions(false, false, Optional.empty());

    /** With the English chart texts. */
    public ChartOptions(boolean smooth, boolean logLosses, Optional<FitnessRule> rule) {
        this(smooth, logLosses, rule, ChartTexts.ENGLISH);
    }

    public ChartOptions withSmooth(boolean on) {
        return new ChartOptions(on, logLosses, rule, texts);
    }

    public ChartOptions withLogLosses(boolean on) {
        return new ChartOptions(smooth, on, rule, texts);
    }

    public ChartOptions withRule(Optional<FitnessRule> newRule) {
        return new ChartOptions(smooth, logLosses, newRule, texts);
    }

    public ChartOptions withTexts(ChartTexts newTexts) {
        return new ChartOptions(smooth, logLosses, rule, newTexts);
    }
}
