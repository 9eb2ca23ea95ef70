package dev.labelj.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.results.Fixtures;
import dev.labelj.results.ResultsCsv;
import dev.labelj.results.RunMetadata;
import dev.labelj.results.TrainingRun;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartGridTest {
    private static final String LEGO = "yolov5-483172-custom_lego_dataset-exp-50ep.csv";

    /** Pixels close to a colour inside one grid cell. */
    static int pixelsNear(BufferedImage image, int cell, Color color) {
        int x0 = (cell % ChartLayout.COLUMNS) * ChartGrid.CELL_WIDTH;
        int y0 = (cell / ChartLayout.COLUMNS) * ChartGrid.CELL_HEIGHT;
        int count = 0;
        for (int y = y0; y < y0 + ChartGrid.CELL_HEIGHT; y++) {
            for (int x = x0; x < x0 + ChartGrid.CELL_WIDTH; x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - color.getRed()) + Math.abs(c.getGreen() - color.getGreen())
                        + Math.abs(c.getBlue() - color.getBlue()) < 60) {
                    count++;
                }
            }
        }
        return count;
    }

    private static XYPlot plot(ChartGrid grid, String column) {
        int index = grid.panels().stream().map(PanelSpec::column).toList().indexOf(column);
        return grid.charts().get(index).getXYPlot();
    }

    @Test
    void pngHasOneCellPerChartAndEveryCellHasItsCurve(@TempDir Path dir) throws Exception {
        TrainingRun run = Fixtures.read(LEGO);
        Path png = dir.resolve("results.png");
        ChartGrid.of(List.of(run), ChartOptions.DEFAULT.withSmooth(true)).writePng(png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(4 * ChartGrid.CELL_WIDTH);
        assertThat(image.getHeight()).isEqualTo(4 * ChartGrid.CELL_HEIGHT); // 13 charts, 4 across
        for (int cell = 0; cell < 13; cell++) {
            assertThat(pixelsNear(image, cell, RunPalette.run(0))).as("raw curve in cell %d", cell).isGreaterThan(200);
            assertThat(pixelsNear(image, cell, RunPalette.smooth(0, 1))).as("smooth curve in cell %d", cell).isGreaterThan(50);
        }
        assertThat(pixelsNear(image, 14, RunPalette.run(0))).as("empty cell").isZero();
    }

    @Test
    void bestEpochIsMarkedPerRunOnlyWhereTheRunHasData() {
        ChartGrid grid = ChartGrid.of(List.of(Fixtures.read(LEGO),
                Fixtures.read("yolo12-1527171-hand-raising-train3-200ep-time.csv")), ChartOptions.DEFAULT);
        // only YOLOv5 writes an objectness loss, only Ultralytics a DFL loss: each chart has one run's curve
        assertThat(markers(plot(grid, "train/obj_loss"))).containsExactly(48.0);
        assertThat(markers(plot(grid, "train/dfl_loss"))).containsExactly(178.0);
        assertThat(markers(plot(grid, "train/box_loss"))).containsExactlyInAnyOrder(48.0, 178.0);
        // YOLOv5's metrics/precision and Ultralytics' metrics/precision(B) are one chart with both runs
        assertThat(markers(plot(grid, "metrics/precision(B)"))).containsExactlyInAnyOrder(48.0, 178.0);
        assertThat(plot(grid, "metrics/precision(B)").getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(plot(grid, "lr/pg0").getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(grid.panels()).hasSize(15);
        assertThat(grid.charts().get(0).getLegend()).isNotNull();
        assertThat(grid.charts().get(1).getLegend()).isNull();
    }

    private static List<Double> markers(XYPlot plot) {
        java.util.Collection<?> markers = plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        return markers == null ? List.of() : markers.stream().map(m -> ((ValueMarker) m).getValue()).toList();
    }

    @Test
    void logScaleAppliesToLossChartsWithPositiveValuesOnly() {
        TrainingRun oneClass = Fixtures.read("yolov5-Grafit-Kil-helmet-detection-exp2-150ep-1class.csv");
        ChartGrid grid = ChartGrid.of(List.of(oneClass), ChartOptions.DEFAULT.withLogLosses(true));
        assertThat(plot(grid, "train/box_loss").getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(plot(grid, "metrics/mAP_0.5").getRangeAxis()).isInstanceOf(NumberAxis.class);
        // single-class: cls_loss is 0 throughout, which a log axis cannot show
        assertThat(plot(grid, "train/cls_loss").getRangeAxis()).isNotInstanceOf(LogAxis.class);
        assertThat(ChartGrid.of(List.of(oneClass), ChartOptions.DEFAULT).charts().get(4).getXYPlot().getRangeAxis())
                .isNotInstanceOf(LogAxis.class);
    }

    @Test
    void smoothSeriesIsTheYolov5Gaussian() {
        ChartGrid grid = ChartGrid.of(List.of(Fixtures.read(LEGO)), ChartOptions.DEFAULT.withSmooth(true));
        XYPlot plot = plot(grid, "metrics/mAP_0.5:0.95");
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset().getYValue(1, 0)).isCloseTo(0.336748, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(plot.getDataset().getXValue(1, 49)).isEqualTo(49.0);
    }

    @Test
    void singleChartExportHasTheAskedSizeAndOnlyThatChart(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("map.png");
        ChartExport.writeChartPng(List.of(Fixtures.read(LEGO)), ChartOptions.DEFAULT, "val/box_loss", 900, 600, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(ChartGrid.of(List.of(Fixtures.read(LEGO)), ChartOptions.DEFAULT).panels())
                .extracting(PanelSpec::column).contains("val/box_loss");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChartExport.writeChartPng(
                List.of(Fixtures.read(LEGO)), ChartOptions.DEFAULT, "metrics/mAP50(M)", 10, 10, dir.resolve("x.png")))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("metrics/mAP50(M)");
        assertThat(dir.toFile().list()).containsExactly("map.png");
    }

    @Test
    void pngIsStillWrittenWhereAnAtomicMoveIsRefused(@TempDir Path dir) throws Exception {
        // A move between two file systems is one no file system can do atomically (like some network drives).
        Path otherFileSystem = Path.of("/dev/shm");
        assertThat(Files.getFileStore(otherFileSystem)).as("a second file system for this test")
                .isNotEqualTo(Files.getFileStore(dir));
        Path temp = Files.writeString(Files.createTempFile(otherFileSystem, ".labelj-test-", ".png.tmp"), "newer");
        Path png = Files.writeString(dir.resolve("results.png"), "older");
        try {
            ExportFile.moveIntoPlace(temp, png);
            assertThat(temp).doesNotExist();
        } finally {
            Files.deleteIfExists(temp);
        }
        assertThat(png).hasContent("newer");
    }

    @Test
    void legendAndTooltipWordsComeFromTheOptions() {
        TrainingRun run = Fixtures.read(LEGO);
        ChartTexts chinese = new ChartTexts("{0} \u5e73\u6ed1", "{0}\uff1a\u7b2c {1} \u8f6e = {2}");
        JFreeChart chart = ChartGrid.of(List.of(run), ChartOptions.DEFAULT.withSmooth(true).withTexts(chinese)).charts().get(0);
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset().getSeriesKey(1)).hasToString(run.name() + " \u5e73\u6ed1");
        assertThat(plot.getRenderer().getToolTipGenerator(0, 9).generateToolTip(plot.getDataset(), 0, 9))
                .isEqualTo(run.name() + "\uff1a\u7b2c 9 \u8f6e = " + new java.text.DecimalFormat("0.######")
                        .format(plot.getDataset().getYValue(0, 9)));
        // the headless plot command keeps English
        XYPlot english = ChartGrid.of(List.of(run), ChartOptions.DEFAULT.withSmooth(true)).charts().get(0).getXYPlot();
        assertThat(english.getDataset().getSeriesKey(1)).hasToString(run.name() + " smooth");
        assertThat(english.getRenderer().getToolTipGenerator(0, 9).generateToolTip(english.getDataset(), 0, 9))
                .startsWith(run.name() + ": epoch 9 = ");
    }

    @Test
    void restartedEpochsBreakTheLineInsteadOfDrawingBack() throws Exception {
        TrainingRun run = ResultsCsv.parse("rerun", Path.of("results.csv"),
                "epoch,metrics/mAP50-95(B)\n1,0.1\n2,0.2\n1,0.15\n2,0.25\n", RunMetadata.NONE);
        XYPlot plot = ChartGrid.of(List.of(run), ChartOptions.DEFAULT).charts().get(0).getXYPlot();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(5);
        assertThat(plot.getDataset().getYValue(0, 2)).isNaN();
        assertThat(plot.getDataset().getYValue(0, 3)).isEqualTo(0.15);
    }

    @Test
    void anImpossibleMetricIsAGapAndDoesNotStretchTheAxis() throws Exception {
        TrainingRun run = ResultsCsv.parse("bad", Path.of("results.csv"),
                "epoch,metrics/mAP50(B),metrics/mAP50-95(B)\n1,0.1,0.05\n2,1e300,0.1\n3,0.3,0.2\n4,0.4,0.25\n",
                RunMetadata.NONE);
        XYPlot plot = plot(ChartGrid.of(List.of(run), ChartOptions.DEFAULT.withSmooth(true)), "metrics/mAP50(B)");
        assertThat(plot.getDataset().getYValue(0, 1)).isNaN();
        assertThat(plot.getDataset().getYValue(0, 2)).isEqualTo(0.3);
        assertThat(plot.getRangeAxis().getUpperBound()).isLessThan(1.0);
    }

    @Test
    void sameNamedRunsGetDistinctLegendKeys() {
        TrainingRun run = Fixtures.read(LEGO);
        assertThat(ChartGrid.uniqueNames(List.of(run, run))).containsExactly(run.name(), run.name() + " (2)");
        JFreeChart chart = ChartGrid.of(List.of(run, run), ChartOptions.DEFAULT).charts().get(0);
        assertThat(chart.getXYPlot().getDataset().getSeriesCount()).isEqualTo(2);
    }

    @Test
    void thousandEpochRunParsesAndPlotsWellUnderASecond(@TempDir Path dir) throws Exception {
        String csv = synthetic(1000);
        // Warm up first: JFreeChart's classes, fonts and the PNG writer load once per JVM, not per plot.
        ChartGrid.of(List.of(ResultsCsv.parse("warm", dir.resolve("results.csv"), synthetic(10), RunMetadata.NONE)),
                ChartOptions.DEFAULT.withSmooth(true)).writePng(dir.resolve("warm.png"));
        // CPU time of this thread, not wall time: other processes on a shared machine must not fail the test.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        TrainingRun run = ResultsCsv.parse("long", dir.resolve("results.csv"), csv, RunMetadata.NONE);
        long parsed = System.nanoTime();
        ChartGrid.of(List.of(run), ChartOptions.DEFAULT.withSmooth(true)).writePng(dir.resolve("long.png"));
        long plotted = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;

        System.out.printf(Locale.ROOT, "1000-epoch run: parse %.1f ms, charts + PNG %.1f ms (wall), %.1f ms CPU%n",
                (parsed - start) / 1e6, (plotted - parsed) / 1e6, cpu / 1e6);
        assertThat(run.rows()).isEqualTo(1000);
        assertThat(run.warnings()).isEmpty();
        assertThat(cpu / 1e9).isLessThan(3.0);
        BufferedImage image = ImageIO.read(dir.resolve("long.png").toFile());
        assertThat(pixelsNear(image, 0, RunPalette.run(0))).isGreaterThan(200);
    }

    /** An unpadded Ultralytics segmentation file with plausible curves. */
    static String synthetic(int epochs) {
        String[] columns = {"train/box_loss", "train/seg_loss", "train/cls_loss", "train/dfl_loss",
            "metrics/precision(B)", "metrics/recall(B)", "metrics/mAP50(B)", "metrics/mAP50-95(B)",
            "metrics/precision(M)", "metrics/recall(M)", "metrics/mAP50(M)", "metrics/mAP50-95(M)",
            "val/box_loss", "val/seg_loss", "val/cls_loss", "val/dfl_loss", "lr/pg0", "lr/pg1", "lr/pg2"};
        StringBuilder csv = new StringBuilder("epoch,time,").append(String.join(",", columns)).append('\n');
        java.util.Random random = new java.util.Random(7);
        for (int e = 1; e <= epochs; e++) {
            csv.append(e).append(',').append(String.format(Locale.ROOT, "%.6g", e * 31.7));
            for (int c = 0; c < columns.length; c++) {
                double t = (double) e / epochs;
                double value = columns[c].contains("loss") ? 2.0 * Math.exp(-3 * t) + 0.2 + 0.05 * random.nextDouble()
                        : columns[c].startsWith("lr/") ? 0.01 * (1 - t) + 1e-5
                        : 0.9 * (1 - Math.exp(-5 * t)) + 0.02 * random.nextDouble();
                csv.append(',').append(String.format(Locale.ROOT, "%.6g", value));
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
