package dev.labelj.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.charts.RunPalette;
import dev.labelj.results.Fixtures;
import dev.labelj.results.GrowingFileWatcher;
import dev.labelj.results.ResultsWarning;
import dev.labelj.support.DocumentText;
import dev.labelj.support.GuiTest;
import dev.labelj.support.GuiTests;
import dev.labelj.ui.canvas.ImageView;
import java.awt.Color;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.JList;
import javax.swing.JTable;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The viewer in a real window: two runs overlaid, switches, hover, export, run images, table, live reload. */
@GuiTest
class ResultsWindowGuiTest {
    private static final String MAP = "chart:metrics/mAP50-95(B)";
    @TempDir
    Path dir;
    private Path runA;
    private Path runB;
    private FrameFixture window;
    private ResultsWindow viewer;

    @BeforeAll
    static void installRepaintCheck() {
        GuiTests.requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void twoRuns() throws Exception {
        runA = Files.createDirectories(dir.resolve("train3"));
        Files.copy(Fixtures.file("yolo12-1527171-hand-raising-train3-200ep-time.csv"), runA.resolve("results.csv"));
        BufferedImage matrix = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(matrix, "png", runA.resolve("confusion_matrix.png").toFile());
        runB = Files.createDirectories(dir.resolve("train")).resolve("results.csv");
        Files.copy(Fixtures.file("v8-AbdulRahmaan03-custom-100ep-padded.csv"), runB);
        viewer = GuiActionRunner.execute(() -> ResultsViewer.show(List.of(runA, runB)));
        window = new FrameFixture(viewer);
        waitFor("two runs charted", () -> GuiActionRunner.execute(() -> viewer.runs().size() == 2
                && viewer.chartsUpToDate() && chart(MAP).getChart().getXYPlot().getDataset().getSeriesCount() == 2));
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private ChartPanel chart(String name) {
        return (ChartPanel) window.panel(name).target();
    }

    private int seriesCount(String name) {
        return GuiActionRunner.execute(() -> chart(name).getChart().getXYPlot().getDataset().getSeriesCount());
    }

    @Test
    void twoRunsAreOverlaidAndTheSwitchesRedrawTheCharts() {
        window.requireTitle("LabelJ \u2014 Training Results");
        assertThat(seriesCount(MAP)).isEqualTo(2);
        window.checkBox("smoothToggle").click();
        waitFor("smooth lines", () -> seriesCount(MAP) == 4);

        window.checkBox("logToggle").click();
        waitFor("log axis on losses", () -> GuiActionRunner.execute(() ->
                chart("chart:train/box_loss").getChart().getXYPlot().getRangeAxis() instanceof LogAxis));
        assertThat(GuiActionRunner.execute(() -> chart(MAP).getChart().getXYPlot().getRangeAxis()))
                .isNotInstanceOf(LogAxis.class);
        assertThat(DocumentText.of(window.textBox("summary").target())).contains("\u25A0 train3", "best epoch 178 (fitness", "best epoch 91 (fitness");
    }

    @Test
    void hoveringAPointShowsEpochAndValue() {
        String tip = GuiActionRunner.execute(() -> {
            ChartPanel panel = chart(MAP);
            for (Object each : panel.getChartRenderingInfo().getEntityCollection().getEntities()) {
                ChartEntity entity = (ChartEntity) each;
                if (entity instanceof XYItemEntity item && item.getSeriesIndex() == 1 && item.getItem() == 99) {
                    java.awt.geom.Rectangle2D r = entity.getArea().getBounds2D();
                    java.awt.Insets insets = panel.getInsets();
                    MouseEvent hover = new MouseEvent(panel, MouseEvent.MOUSE_MOVED, 0, 0,
                            (int) Math.round(r.getCenterX()) + insets.left,
                            (int) Math.round(r.getCenterY()) + insets.top, 0, false);
                    return panel.getToolTipText(hover);
                }
            }
            return null;
        });
        // one text for every run at the epoch under the mouse: train's 100th and train3's 100th epoch
        double train3At100 = GuiActionRunner.execute(() -> viewer.runs().get(0).value("metrics/mAP50-95(B)", 99));
        assertThat(tip).startsWith("<html><b>epoch 100</b>").contains("train: 0.57598")
                .contains("train3: " + new java.text.DecimalFormat("0.######").format(train3At100));
        assertThat(GuiActionRunner.execute(() -> viewer.options().texts())).as("chart words from the bundle")
                .isEqualTo(new dev.labelj.charts.ChartTexts(dev.labelj.ui.support.Messages.get("results.chart.smoothSeries"),
                        dev.labelj.ui.support.Messages.get("results.chart.tooltip"),
                        dev.labelj.ui.support.Messages.get("results.chart.hoverEpoch")));
    }

    @Test
    void exportedGridPngHasTheExpectedSizeAndEveryPlotAreaDrawn() throws Exception {
        Path png = dir.resolve("grid.png");
        window.button("exportGrid").click();
        JFileChooserFixture chooser = window.fileChooser(Timeout.timeout(5000));
        chooser.fileNameTextBox().setText(png.toString());
        chooser.approve();
        // the grid is drawn anew at 1920x1280 on the export worker; the status says when it is written
        // (a live reload of an unchanged run used to put "loaded" over it a second after opening)
        waitFor("export finished", () -> window.label("resultsStatus").text().startsWith("Saved "), 30,
                () -> "status: " + window.label("resultsStatus").text());

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(4 * 480);
        assertThat(image.getHeight()).isEqualTo(4 * 320); // 4 metrics, 6 losses, 3 learning rates
        for (int cell = 0; cell < 13; cell++) {
            assertThat(pixelsNear(image, cell, RunPalette.run(0))).as("run 1 in cell %d", cell).isGreaterThan(150);
            assertThat(pixelsNear(image, cell, RunPalette.run(1))).as("run 2 in cell %d", cell).isGreaterThan(150);
        }
        assertThat(pixelsNear(image, 13, RunPalette.run(0))).isZero();
    }

    @Test
    void dialogsStartAtTheLastRunNotInTheHomeFolder() {
        Path lastRun = runB.getParent().toAbsolutePath();
        window.button("exportGrid").click();
        JFileChooserFixture export = window.fileChooser(Timeout.timeout(5000));
        assertThat(GuiActionRunner.execute(() -> export.target().getCurrentDirectory().toPath())).isEqualTo(lastRun);
        export.cancel();

        window.button("addRun").click();
        JFileChooserFixture add = window.fileChooser(Timeout.timeout(5000));
        assertThat(GuiActionRunner.execute(() -> add.target().getCurrentDirectory().toPath()))
                .as("beside the run, among its siblings").isEqualTo(dir.toAbsolutePath());
        assertThat(GuiActionRunner.execute(() -> add.target().getSelectedFile().toPath())).isEqualTo(lastRun);
        add.cancel();
    }

    @Test
    void eachChartOffersItsOwnPngExport() {
        window.panel(MAP).showPopupMenu().menuItem("exportChart:metrics/mAP50-95(B)")
                .requireEnabled().requireVisible();
    }

    @Test
    void tableAndRunImagesTabs() {
        window.tabbedPane("resultsTabs").selectTab(1);
        JTable table = window.table("resultsTable").target();
        assertThat(GuiActionRunner.execute(table::getRowCount)).isEqualTo(200);
        assertThat(GuiActionRunner.execute(() -> table.getColumnName(0))).isEqualTo("epoch");
        assertThat(GuiActionRunner.execute(() -> bold(table, 177))).as("best epoch 178 in bold").isTrue();
        assertThat(GuiActionRunner.execute(() -> bold(table, 176))).isFalse();
        assertThat(GuiActionRunner.execute(() -> ((javax.swing.JLabel) table.prepareRenderer(
                table.getCellRenderer(0, 0), 0, 0)).getText())).isEqualTo("1");
        window.tabbedPane("resultsTabs").selectTab(2);
        JList<?> images = window.list("runImageList").target();
        assertThat(GuiActionRunner.execute(() -> images.getModel().getElementAt(0))).hasToString("train3 / confusion_matrix.png");
        ImageView view = window.robot().finder().findByName("runImageView", ImageView.class);
        waitFor("image decoded", () -> GuiActionRunner.execute(() -> view.image() != null
                && view.image().getWidth() == 300));
    }

    @Test
    void redrawingForAnOptionDoesNotListTheRunFoldersAgain() throws Exception {
        JList<?> images = window.robot().finder().findByName(viewer, "runImageList", JList.class, false);
        assertThat(GuiActionRunner.execute(() -> images.getModel().getSize())).isEqualTo(1);
        // The image list is worked out when a results file is read (off the EDT), not on every redraw:
        // a file removed meanwhile stays listed until the next read. A poll is forced now: it returns after
        // any poll under way, so no read can come between the delete and the redraw (and an unchanged
        // results file is not read again).
        GuiActionRunner.execute(() -> viewer.runSet().watchers()).forEach(GrowingFileWatcher::poll);
        assertThat(GuiActionRunner.execute(() -> images.getModel().getSize())).isEqualTo(1);
        Files.delete(runA.resolve("confusion_matrix.png"));
        window.checkBox("smoothToggle").click();
        waitFor("smooth lines", () -> seriesCount(MAP) == 4);
        assertThat(GuiActionRunner.execute(() -> images.getModel().getSize())).isEqualTo(1);
    }

    @Test
    void growingFileIsReloadedLive() throws Exception {
        String last = Files.readAllLines(runB).get(100);
        String next = last.replaceFirst("^\\s*100,", "                    101,");
        Files.writeString(runB, next.substring(0, 60), StandardOpenOption.APPEND);
        // Force a poll instead of waiting: poll() returns only after any poll already under way has
        // re-read the file and queued its result, which the next EDT call then sees.
        List<GrowingFileWatcher> watchers = GuiActionRunner.execute(() -> viewer.runSet().watchers());
        assertThat(watchers).hasSize(2);
        watchers.forEach(GrowingFileWatcher::poll);
        assertThat(GuiActionRunner.execute(() -> viewer.runs().get(1).warnings()))
                .as("the half-written line was read").extracting(ResultsWarning::kind)
                .contains(ResultsWarning.Kind.PARTIAL_LAST_LINE);
        assertThat(GuiActionRunner.execute(() -> viewer.runs().get(1).rows())).isEqualTo(100);
        Files.writeString(runB, next.substring(60) + "\n", StandardOpenOption.APPEND);
        waitFor("101 rows", () -> GuiActionRunner.execute(() -> viewer.runs().get(1).rows() == 101));
        waitFor("charts redrawn", () -> GuiActionRunner.execute(viewer::chartsUpToDate)); // on a worker
        assertThat(GuiActionRunner.execute(() -> chart(MAP).getChart().getXYPlot().getDataset().getItemCount(1)))
                .isEqualTo(101);
    }

    private static boolean bold(JTable table, int row) {
        return table.prepareRenderer(table.getCellRenderer(row, 1), row, 1).getFont().isBold();
    }

    static int pixelsNear(BufferedImage image, int cell, Color color) {
        int x0 = (cell % 4) * 480;
        int y0 = (cell / 4) * 320;
        int count = 0;
        for (int y = y0; y < y0 + 320; y++) {
            for (int x = x0; x < x0 + 480; x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - color.getRed()) + Math.abs(c.getGreen() - color.getGreen())
                        + Math.abs(c.getBlue() - color.getBlue()) < 60) {
                    count++;
                }
            }
        }
        return count;
    }

    private static void waitFor(String what, BooleanSupplier check) {
        waitFor(what, check, 15);
    }

    private static void waitFor(String what, BooleanSupplier check, int seconds) {
        waitFor(what, check, seconds, () -> "");
    }

    private static void waitFor(String what, BooleanSupplier check, int seconds, Supplier<String> state) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return check.getAsBoolean();
            }

            @Override
            protected String descriptionAddendum() {
                return " (" + state.get() + ")";
            }
        }, Timeout.timeout(Duration.ofSeconds(seconds).toMillis()));
    }
}
