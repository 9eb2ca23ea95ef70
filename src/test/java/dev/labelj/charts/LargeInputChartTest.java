package dev.labelj.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.results.ResultsFormat;
import dev.labelj.results.RunMetadata;
import dev.labelj.results.TrainingRun;
import dev.labelj.results.TrainingTask;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** A million epochs and ten thousand runs: charts are bounded in points and linear in runs. */
class LargeInputChartTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static TrainingRun run(String name, int rows, double spikeAt) {
        double[] epochs = new double[rows];
        double[] map = new double[rows];
        double[] loss = new double[rows];
        for (int i = 0; i < rows; i++) {
            epochs[i] = i + 1;
            map[i] = 0.5 * (1 - Math.exp(-5.0 * i / rows)) + 0.01 * Math.sin(i);
            loss[i] = 2 * Math.exp(-3.0 * i / rows) + 0.1;
        }
        if (spikeAt >= 0) {
            map[(int) spikeAt] = 0.99; // one epoch far above the rest: the drawing must still show it
            map[(int) spikeAt + 10] = Double.NaN; // and a gap
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("epoch", epochs);
        series.put("metrics/mAP50-95(B)", map);
        series.put("train/box_loss", loss);
        return new TrainingRun(name, Path.of(name, "results.csv"), ResultsFormat.ULTRALYTICS, TrainingTask.DETECT,
                series, List.of(), RunMetadata.NONE);
    }

    @Test
    void aMillionEpochRunIsDrawnFromAFewThousandPointsThatKeepItsPeaksAndGaps() {
        TrainingRun run = run("million", 1_000_000, 777_777);
        ChartGrid grid = ChartGrid.of(List.of(run), ChartOptions.DEFAULT.withSmooth(true));
        XYDataset data = grid.charts().get(0).getXYPlot().getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(2);
        double highest = 0;
        boolean gap = false;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            assertThat(data.getItemCount(s)).as("points of series %d", s).isBetween(1000, 5000);
        }
        for (int i = 0; i < data.getItemCount(0); i++) {
            highest = Math.max(highest, Double.isNaN(data.getYValue(0, i)) ? 0 : data.getYValue(0, i));
            gap |= Double.isNaN(data.getYValue(0, i)) && data.getXValue(0, i) > 777_000;
            assertThat(i == 0 || data.getXValue(0, i) >= data.getXValue(0, i - 1)).as("x in order").isTrue();
        }
        assertThat(highest).isEqualTo(0.99);
        assertThat(gap).as("the NaN after the spike stays a gap").isTrue();
        assertThat(data.getXValue(0, data.getItemCount(0) - 1)).as("the last epoch is drawn").isEqualTo(1_000_000);
        BufferedImage image = grid.render();
        assertThat(ChartGridTest.pixelsNear(image, 0, RunPalette.run(0))).isGreaterThan(200);
    }

    @Test
    void aHundredThousandColumnsGiveABoundedGridThatSaysWhatIsLeftOut() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("epoch", new double[] {1, 2, 3});
        for (int c = 0; c < 100_000; c++) {
            series.put("val/loss" + c, new double[] {0.3, 0.2, 0.1});
        }
        TrainingRun wide = new TrainingRun("wide", Path.of("wide.csv"), ResultsFormat.ULTRALYTICS,
                TrainingTask.DETECT, series, List.of(), RunMetadata.NONE);
        long cpu = THREADS.getCurrentThreadCpuTime();
        ChartGrid grid = ChartGrid.of(List.of(wide), ChartOptions.DEFAULT);
        double seconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        assertThat(grid.panels()).hasSize(ChartGrid.MAX_CHARTS);
        assertThat(grid.height()).isEqualTo(ChartGrid.MAX_CHARTS / ChartLayout.COLUMNS * ChartGrid.CELL_HEIGHT);
        assertThat(grid.problems()).containsExactly("99936 more columns are not charted (at most "
                + ChartGrid.MAX_CHARTS + " charts; the table of values has them all)");
        assertThat(seconds).isLessThan(5.0);
    }

    @Test
    void tenThousandRunsAreChartedInLinearTime() {
        List<TrainingRun> runs = new ArrayList<>();
        for (int r = 0; r < 10_000; r++) {
            runs.add(run("train" + r, 5, -1));
        }
        ChartGrid.of(runs.subList(0, 10), ChartOptions.DEFAULT).render(); // warm up fonts and classes
        // building the charts works out each axis's range, which looks every series up by its key
        long cpu = THREADS.getCurrentThreadCpuTime();
        ChartGrid grid = ChartGrid.of(runs, ChartOptions.DEFAULT);
        double built = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        grid.render();
        double seconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf(Locale.ROOT, "10,000 runs: charts %.2f s, with the PNG image %.1f s CPU%n", built, seconds);
        XYPlot plot = grid.charts().get(0).getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(10_000);
        assertThat(plot.getDataset().getSeriesKey(9_999)).hasToString("train9999");
        assertThat(built).isLessThan(1.5);
        assertThat(seconds).isLessThan(20.0);
    }
}
