package dev.labelj.charts;

import dev.labelj.results.FitnessRule;
import java.util.Optional;
import java.util.Set;

/**
 * How the charts are drawn: the YOLOv5 smoothing line, log scale on loss charts, the fitness rule
 * for the best-epoch marker (empty: each run's default), the words they show, which runs are hidden
 * (by their index, so every run keeps its colour) and what the x axis counts.
 */
public record ChartOptions(boolean smooth, boolean logLosses, Optional<FitnessRule> rule, ChartTexts texts,
                           Set<Integer> hidden, Alignment alignment) {
    /** Runs side by side by epoch number, or by how far through its training each run was. */
    public enum Alignment {
        EPOCH, PROGRESS
    }

    public static final ChartOptions DEFAULT = new ChartOptions(false, false, Optional.empty());

    public ChartOptions {
        hidden = Set.copyOf(hidden);
    }

    /** All runs shown, by epoch. */
    public ChartOptions(boolean smooth, boolean logLosses, Optional<FitnessRule> rule, ChartTexts texts) {
        this(smooth, logLosses, rule, texts, Set.of(), Alignment.EPOCH);
    }

    /** With the English chart texts. */
    public ChartOptions(boolean smooth, boolean logLosses, Optional<FitnessRule> rule) {
        this(smooth, logLosses, rule, ChartTexts.ENGLISH);
    }

    public ChartOptions withSmooth(boolean on) {
        return new ChartOptions(on, logLosses, rule, texts, hidden, alignment);
    }

    public ChartOptions withLogLosses(boolean on) {
        return new ChartOptions(smooth, on, rule, texts, hidden, alignment);
    }

    public ChartOptions withRule(Optional<FitnessRule> newRule) {
        return new ChartOptions(smooth, logLosses, newRule, texts, hidden, alignment);
    }

    public ChartOptions withTexts(ChartTexts newTexts) {
        return new ChartOptions(smooth, logLosses, rule, newTexts, hidden, alignment);
    }

    public ChartOptions withHidden(Set<Integer> runIndices) {
        return new ChartOptions(smooth, logLosses, rule, texts, runIndices, alignment);
    }

    public ChartOptions withAlignment(Alignment newAlignment) {
        return new ChartOptions(smooth, logLosses, rule, texts, hidden, newAlignment);
    }

    public boolean shows(int runIndex) {
        return !hidden.contains(runIndex);
    }
}
