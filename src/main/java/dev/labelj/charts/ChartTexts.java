package dev.labelj.charts;

/**
 * The words a chart shows, as MessageFormat patterns: the legend name of a run's smooth line
 * ({0} = run) and the hover text ({0} = run, {1} = epoch, {2} = value). The viewer fills them from
 * its resource bundles; the headless {@code plot} command uses the English defaults.
 */
public record ChartTexts(String smoothSeries, String tooltip) {
    public static final ChartTexts ENGLISH = new ChartTexts("{0} smooth", "{0}: epoch {1} = {2}");
}
