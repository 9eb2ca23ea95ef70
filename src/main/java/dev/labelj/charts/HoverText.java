package dev.labelj.charts;

import java.awt.Color;
import java.awt.Paint;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * The hover text of a chart at one x position: the epoch nearest the mouse and the value of every
 * run shown at that epoch, each in its colour. One text for all runs, so a dense chart never names
 * a neighbouring point of another run by accident.
 */
public final class HoverText {
    private HoverText() {
    }

    /** Empty when no run has a value near {@code x}. HTML, for a Swing tooltip. */
    public static Optional<String> at(XYPlot plot, double x, ChartTexts texts, boolean progress) {
        XYDataset dataset = plot.getDataset();
        XYItemRenderer renderer = plot.getRenderer();
        double nearest = Double.NaN;
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            int item = nearestItem(dataset, s, x);
            if (item >= 0 && (Double.isNaN(nearest) || Math.abs(dataset.getXValue(s, item) - x) < Math.abs(nearest - x))) {
                nearest = dataset.getXValue(s, item);
            }
        }
        if (Double.isNaN(nearest)) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            if (Boolean.FALSE.equals(renderer.getSeriesVisibleInLegend(s))) {
                continue; // a smooth line: its run's raw value is the one that was written
            }
            int item = progress ? nearbyItem(dataset, s, nearest) : exactItem(dataset, s, nearest);
            if (item >= 0 && Double.isFinite(dataset.getYValue(s, item))) {
                lines.add(swatch(renderer.getSeriesPaint(s)) + escape(String.valueOf(dataset.getSeriesKey(s)))
                        + ": " + DisplayNumbers.value(dataset.getYValue(s, item)));
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String title = progress ? DisplayNumbers.percent(nearest)
                : MessageFormat.format(texts.hoverEpoch(), DisplayNumbers.epoch(nearest));
        return Optional.of("<html><b>" + escape(title) + "</b><br>" + String.join("<br>", lines) + "</html>");
    }

    /** The item whose x is closest, among those with a finite value; -1 for none. */
    private static int nearestItem(XYDataset dataset, int series, double x) {
        int best = -1;
        for (int i = 0; i < dataset.getItemCount(series); i++) {
            if (Double.isFinite(dataset.getYValue(series, i)) && (best < 0
                    || Math.abs(dataset.getXValue(series, i) - x) < Math.abs(dataset.getXValue(series, best) - x))) {
                best = i;
            }
        }
        return best;
    }

    /** By progress the runs' x values differ: the nearest item within one of its steps; -1 past its end. */
    private static int nearbyItem(XYDataset dataset, int series, double x) {
        int item = nearestItem(dataset, series, x);
        int count = dataset.getItemCount(series);
        if (item < 0 || count < 2) {
            return item;
        }
        double step = (dataset.getXValue(series, count - 1) - dataset.getXValue(series, 0)) / (count - 1);
        return Math.abs(dataset.getXValue(series, item) - x) <= Math.abs(step) ? item : -1;
    }

    /** The last item at exactly this x (a re-run's later rows win, as the line shows them); -1 for none. */
    private static int exactItem(XYDataset dataset, int series, double x) {
        int found = -1;
        for (int i = 0; i < dataset.getItemCount(series); i++) {
            if (dataset.getXValue(series, i) == x && Double.isFinite(dataset.getYValue(series, i))) {
                found = i;
            }
        }
        return found;
    }

    private static String swatch(Paint paint) {
        Color color = paint instanceof Color c ? c : Color.GRAY;
        return "<font color='" + String.format("#%06x", color.getRGB() & 0xFFFFFF) + "'>\u25A0</font> ";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
