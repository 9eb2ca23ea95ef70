package dev.labelj.charts;

import java.awt.Color;
import java.util.List;
import javax.swing.UIManager;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * The colours of a chart's frame (not of its runs): backgrounds, words, grid lines. Files written for a
 * report are always {@link #LIGHT}; the viewer's charts take the window's theme ({@link #forLookAndFeel}).
 */
public record ChartColors(Color background, Color plotBackground, Color title, Color axisText, Color axisLine,
                          Color grid, Color outline) {
    /** Black on white, as JFreeChart draws by default and results.png looks. */
    public static final ChartColors LIGHT = new ChartColors(Color.WHITE, Color.WHITE, Color.BLACK, Color.DARK_GRAY,
            Color.GRAY, new Color(0xE3E3E3), new Color(0xB0B0B0));

    /**
     * From the installed look and feel: a dark theme gives its own panel and text colours; a light one
     * keeps {@link #LIGHT}, whose white plot reads best.
     */
    public static ChartColors forLookAndFeel() {
        Color background = UIManager.getColor("Panel.background");
        Color text = UIManager.getColor("Label.foreground");
        if (background == null || text == null || luminance(background) >= 0.5) {
            return LIGHT;
        }
        Color plot = orElse(UIManager.getColor("Table.background"), background);
        Color outline = orElse(UIManager.getColor("Component.borderColor"), mix(plot, text, 0.4));
        return new ChartColors(background, plot, text, text, mix(plot, text, 0.5), mix(plot, text, 0.16), outline);
    }

    /** Recolours a chart made by this package (its run colours and markers stay). */
    public void applyTo(JFreeChart chart) {
        chart.setBackgroundPaint(background);
        for (Object subtitle : chart.getSubtitles()) {
            recolour((Title) subtitle);
        }
        if (chart.getTitle() != null) {
            recolour(chart.getTitle());
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(plotBackground);
            plot.setDomainGridlinePaint(grid);
            plot.setRangeGridlinePaint(grid);
            plot.setOutlinePaint(outline);
            plot.setNoDataMessagePaint(title);
            for (Axis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
                axis.setLabelPaint(axisText);
                axis.setTickLabelPaint(axisText);
                axis.setAxisLinePaint(axisLine);
                axis.setTickMarkPaint(axisLine);
            }
        }
    }

    private void recolour(Title title) {
        if (title instanceof TextTitle text) {
            text.setPaint(this.title);
        } else if (title instanceof LegendTitle legend) {
            legend.setItemPaint(this.title);
            legend.setBackgroundPaint(background);
        }
    }

    static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
    }

    private static Color mix(Color from, Color to, double share) {
        return new Color((int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * share),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * share),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * share));
    }

    private static Color orElse(Color color, Color fallback) {
        return color == null ? fallback : color;
    }
}
