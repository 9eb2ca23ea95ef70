package dev.labelj.charts;

import dev.labelj.results.BestEpoch;
import dev.labelj.results.Fitness;
import dev.labelj.results.FitnessRule;
import dev.labelj.results.MetricColumns;
import dev.labelj.results.Smoothing;
import dev.labelj.results.TrainingRun;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * One chart for one column over several runs: each run's raw series (line with dots), optionally
 * its YOLOv5 smooth line (dotted), and a dashed marker at its best epoch.
 */
public final class RunChartFactory {
    /** Beyond this many epochs the dots merge into a thick line; the line alone reads better. */
    private static final int SHAPES_UP_TO = 150;
    private static final BasicStroke RAW = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke DOTTED = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
            1f, new float[] {2f, 4f}, 0f);
    private static final BasicStroke MARKER = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            1f, new float[] {5f, 4f}, 0f);

    private RunChartFactory() {
    }

    /** {@code names} are the runs' unique display names, in the same order as {@code runs}. */
    public static JFreeChart create(PanelSpec panel, List<TrainingRun> runs, List<String> names,
                                    ChartOptions options, boolean legend) {
        boolean log = options.logLosses() && panel.kind() == PanelSpec.Kind.LOSS && anyPositive(panel, runs);
        LineDataset dataset = new LineDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        // one path per series instead of one line per segment: several times faster for long runs
        renderer.setDrawSeriesLineAsPath(true);
        for (int r = 0; r < runs.size(); r++) {
            Optional<double[]> values = valuesOf(runs.get(r), panel);
            if (values.isEmpty() || !options.shows(r)) {
                continue;
            }
            double[] epochs = EpochScale.xValues(runs.get(r), options.alignment());
            addSeries(dataset, renderer, names.get(r), epochs, values.get(), log, RunPalette.run(r), false);
            if (options.smooth()) {
                addSeries(dataset, renderer, MessageFormat.format(options.texts().smoothSeries(), names.get(r)), epochs,
                        Smoothing.gaussian(values.get()), log, RunPalette.smooth(r, runs.size()), true);
            }
        }
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator(options.texts().tooltip(),
                new DecimalFormat("0"), new DecimalFormat("0.######")));
        XYPlot plot = new XYPlot(dataset, epochAxis(options.alignment()), valueAxis(log), renderer);
        if (!log) {
            FlatRange.of(dataset).ifPresent(range -> plot.getRangeAxis().setRange(range, true, false));
        }
        markBestEpochs(plot, panel, runs, options);
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 11), plot, false);
        chart.setTitle(new TextTitle(panel.column(), new Font(Font.SANS_SERIF, Font.BOLD, 13)));
        if (legend) {
            addLegend(chart, names, options);
        }
        ChartColors.LIGHT.applyTo(chart);
        return chart;
    }

    private static void addSeries(LineDataset dataset, XYLineAndShapeRenderer renderer, String key,
                                  double[] epochs, double[] values, boolean log, Color color, boolean smooth) {
        dataset.add(key, Decimation.of(drawable(epochs, values, log)));
        int index = dataset.getSeriesCount() - 1;
        renderer.setSeriesPaint(index, color);
        renderer.setSeriesStroke(index, smooth ? DOTTED : RAW);
        renderer.setSeriesShapesVisible(index, !smooth && epochs.length <= SHAPES_UP_TO);
        renderer.setSeriesShape(index, new Ellipse2D.Double(-2, -2, 4, 4));
        renderer.setSeriesVisibleInLegend(index, !smooth);
    }

    /**
     * Why the chart could not be drawn, if it could not: an axis whose values span more than a double
     * holds (losses of -1.7e308 and 1.7e308) has no tick size, and the chart library would fail at every
     * repaint. Checked when the chart is built, so the failure is one message, not a broken window.
     */
    static Optional<String> whyUndrawable(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        for (ValueAxis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            if (!Double.isFinite(axis.getRange().getLength())) {
                return Optional.of("its values span more than a number can hold ("
                        + axis.getLowerBound() + " to " + axis.getUpperBound() + ")");
            }
        }
        return Optional.empty();
    }

    /** An empty chart in place of one that cannot be drawn, saying why. */
    static JFreeChart undrawable(PanelSpec panel, String why) {
        XYPlot plot = new XYPlot(new LineDataset(), new NumberAxis(), new NumberAxis(), new XYLineAndShapeRenderer());
        plot.setNoDataMessage("cannot be drawn: " + why);
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 11), plot, false);
        chart.setTitle(new TextTitle(panel.column(), new Font(Font.SANS_SERIF, Font.BOLD, 13)));
        ChartColors.LIGHT.applyTo(chart);
        return chart;
    }

    /**
     * The line as drawn: gaps, not lines to infinity, for non-finite values and values a log axis cannot
     * show; and a gap where the epochs restart (a re-run into the same folder), not a line drawn back.
     */
    private static Decimation.Line drawable(double[] epochs, double[] values, boolean log) {
        int restarts = 0;
        for (int i = 1; i < epochs.length; i++) {
            restarts += epochs[i] <= epochs[i - 1] ? 1 : 0;
        }
        double[] x = new double[epochs.length + restarts];
        double[] y = new double[x.length];
        int point = 0;
        for (int i = 0; i < epochs.length; i++) {
            if (i > 0 && epochs[i] <= epochs[i - 1]) {
                x[point] = epochs[i];
                y[point++] = Double.NaN;
            }
            x[point] = epochs[i];
            y[point++] = Double.isFinite(values[i]) && (!log || values[i] > 0) ? values[i] : Double.NaN;
        }
        return new Decimation.Line(x, y);
    }

    /** Only on charts where the run has values: a marker without its curve would point at nothing. */
    private static void markBestEpochs(XYPlot plot, PanelSpec panel, List<TrainingRun> runs, ChartOptions options) {
        for (int r = 0; r < runs.size(); r++) {
            TrainingRun run = runs.get(r);
            if (!options.shows(r) || !anyFinite(valuesOf(run, panel).orElse(new double[0]))) {
                continue;
            }
            Optional<BestEpoch> best = Fitness.best(run, options.rule().orElse(FitnessRule.defaultFor(run)));
            if (best.isPresent()) {
                double x = EpochScale.x(run, best.get().epoch(), options.alignment());
                ValueMarker marker = new ValueMarker(x, RunPalette.run(r), MARKER);
                marker.setAlpha(0.7f);
                plot.addDomainMarker(marker);
            }
        }
    }

    private static NumberAxis epochAxis(ChartOptions.Alignment alignment) {
        NumberAxis axis = new NumberAxis();
        if (alignment == ChartOptions.Alignment.PROGRESS) {
            axis.setNumberFormatOverride(new DecimalFormat("0'%'"));
        } else {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        axis.setAutoRangeIncludesZero(false);
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        return axis;
    }

    private static ValueAxis valueAxis(boolean log) {
        ValueAxis axis;
        if (log) {
            axis = new ReadableLogAxis();
        } else {
            NumberAxis numberAxis = new NumberAxis();
            numberAxis.setAutoRangeIncludesZero(false);
            numberAxis.setAutoRangeMinimumSize(1e-9);
            axis = numberAxis;
        }
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        return axis;
    }

    /** Every run, whether or not this chart has its column: the one legend of the grid names them all. */
    private static void addLegend(JFreeChart chart, List<String> names, ChartOptions options) {
        LegendItemCollection items = new LegendItemCollection();
        for (int r = 0; r < names.size(); r++) {
            if (!options.shows(r)) {
                continue;
            }
            items.add(new LegendItem(names.get(r), null, null, null, new Line2D.Double(-8, 0, 8, 0), RAW,
                    RunPalette.run(r)));
        }
        LegendTitle legend = new LegendTitle(() -> items);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.addLegend(legend);
    }

    /**
     * The run's own column of the chart's meaning (YOLOv5's metrics/precision on the metrics/precision(B)
     * chart), with values no trainer writes (a mAP of 1e300) as gaps: they would flatten every real curve.
     */
    private static Optional<double[]> valuesOf(TrainingRun run, PanelSpec panel) {
        return run.columnFor(panel.meaning()).map(column -> {
            double[] values = run.values(column).orElseThrow();
            for (int i = 0; i < values.length; i++) {
                if (!MetricColumns.isPossible(column, values[i])) {
                    values[i] = Double.NaN;
                }
            }
            return values;
        });
    }

    private static boolean anyFinite(double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyPositive(PanelSpec panel, List<TrainingRun> runs) {
        for (TrainingRun run : runs) {
            double[] values = valuesOf(run, panel).orElse(new double[0]);
            for (double v : values) {
                if (v > 0 && Double.isFinite(v)) {
                    return true;
                }
            }
        }
        return false;
    }
}
