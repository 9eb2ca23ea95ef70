package dev.labelj.charts;

/**
 * The words a chart shows, as MessageFormat patterns: the legend name of a run's smooth line
 * ({0} = run), the hover text of one point ({0} = run, {1} = epoch, {2} = value) and the first line
 * of the hover text that lists every run at one epoch ({0} = epoch). The viewer fills them from its
 * resource bundles; the headless {@code plot} command uses the English defaults.
 */
public record ChartTexts(String smoothSeries, String tooltip, String hoverEpoch) {
    public static final ChartTexts ENGLISH = new ChartTexts("{0} smooth", "{0}: epoch {1} = {2}", "epoch {0}");

    /** With the English first line of the hover text. */
    public ChartTexts(String smoothSeries, String tooltip) {
        this(smoothSeries, tooltip, ENGLISH.hoverEpoch());
    }
}
