package dev.labelj.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.results.Fixtures;
import dev.labelj.results.TrainingRun;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** Axis labels and legends a person can read, on the fixtures that showed they could not. */
class ChartReadabilityTest {
    private static final String LEGO = "yolov5-483172-custom_lego_dataset-exp-50ep.csv";
    private static final String ONE_CLASS = "yolov5-Grafit-Kil-helmet-detection-exp2-150ep-1class.csv";
    private static final String V8 = "yolo12-1527171-hand-raising-train3-200ep-time.csv";

    private static JFreeChart chart(List<TrainingRun> runs, ChartOptions options, String column) {
        ChartGrid grid = ChartGrid.of(runs, options);
        return grid.charts().get(grid.panels().stream().map(PanelSpec::column).toList().indexOf(column));
    }

    /** The labels the axis draws at a real size, after a real layout. */
    private static List<String> tickLabels(JFreeChart chart) {
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, 480, 320), info);
        ValueAxis axis = chart.getXYPlot().getRangeAxis();
        List<?> ticks = axis.refreshTicks(g, new AxisState(), info.getPlotInfo().getDataArea(), RectangleEdge.LEFT);
        g.dispose();
        return ticks.stream().map(t -> ((NumberTick) t).getText()).toList();
    }

    @Test
    void logLossAxesAreLabelledWithOneTwoFiveSteps() {
        for (String column : List.of("train/box_loss", "train/obj_loss", "val/box_loss", "train/cls_loss")) {
            JFreeChart chart = chart(List.of(Fixtures.read(LEGO)), ChartOptions.DEFAULT.withLogLosses(true), column);
            assertThat(chart.getXYPlot().getRangeAxis()).as(column).isInstanceOf(LogAxis.class);
            List<String> labels = tickLabels(chart);
            assertThat(labels).as(column).hasSizeGreaterThanOrEqualTo(2);
            for (String label : labels) {
                // one significant digit (0.02, 0.05, 0.1) or a short even step: never 1.58489 or 0.63096
                assertThat(new BigDecimal(label).stripTrailingZeros().precision()).as(column + " " + label)
                        .isLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void logTicksPickDecadesThenDigitsThenEvenSteps() {
        assertThat(ReadableLogAxis.tickValues(0.004, 0.3)).extracting(BigDecimal::toPlainString)
                .containsExactly("0.005", "0.01", "0.02", "0.05", "0.1", "0.2");
        assertThat(ReadableLogAxis.tickValues(0.031, 0.075)).extracting(BigDecimal::toPlainString)
                .containsExactly("0.04", "0.05", "0.06", "0.07");
        assertThat(ReadableLogAxis.tickValues(0.0312, 0.0388)).extracting(BigDecimal::toPlainString)
                .containsExactly("0.032", "0.034", "0.036", "0.038");
        assertThat(ReadableLogAxis.label(new BigDecimal("0.000002"))).isEqualTo("2e-6");
        assertThat(ReadableLogAxis.label(new BigDecimal("0.00001"))).isEqualTo("0.00001");
    }

    @Test
    void aConstantZeroSeriesGetsAReadableRange() {
        // single class: cls_loss is 0 in every epoch
        JFreeChart chart = chart(List.of(Fixtures.read(ONE_CLASS)), ChartOptions.DEFAULT, "train/cls_loss");
        ValueAxis axis = chart.getXYPlot().getRangeAxis();
        assertThat(axis.getLowerBound()).isEqualTo(-0.1);
        assertThat(axis.getUpperBound()).isEqualTo(0.1);
        List<String> labels = tickLabels(chart);
        assertThat(labels).contains("0.00", "0.10", "-0.10").noneMatch(label -> label.contains("E"));
        // a chart that varies keeps the axis's own range
        assertThat(chart(List.of(Fixtures.read(ONE_CLASS)), ChartOptions.DEFAULT, "train/box_loss")
                .getXYPlot().getRangeAxis().isAutoRange()).isTrue();
    }

    @Test
    void theOverlaidLegendListsEveryRunEvenWhereTheFirstChartHasOne() {
        // a detection run and a classification run: the first chart (precision) has the first run only
        List<TrainingRun> runs = List.of(Fixtures.read(LEGO), Fixtures.read("yolov5cls-Louis93621-DS340W-100ep.csv"));
        JFreeChart first = ChartGrid.of(runs, ChartOptions.DEFAULT).charts().get(0);
        assertThat(first.getXYPlot().getDataset().getSeriesCount()).isEqualTo(1);
        LegendTitle legend = first.getLegend();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < legend.getSources()[0].getLegendItems().getItemCount(); i++) {
            names.add(legend.getSources()[0].getLegendItems().get(i).getLabel());
        }
        assertThat(names).containsExactly(runs.get(0).name(), runs.get(1).name());
        assertThat(legend.getSources()[0].getLegendItems().get(1).getLinePaint()).isEqualTo(RunPalette.run(1));
        XYPlot plot = first.getXYPlot();
        assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(RunPalette.run(0));
    }
}
