package dev.labelj.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.results.Fixtures;
import dev.labelj.support.GuiTest;
import dev.labelj.support.GuiTests;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A YOLOv5 run and a YOLOv8 run opened as files (long names) at the default window size. */
@GuiTest
class ResultsOverlayGuiTest {
    private static final String V5 = "yolov5-483172-custom_lego_dataset-exp-50ep.csv";
    private static final String V8 = "v8-3bdul1ah-license-plates-train25-134of200ep-earlystop.csv";
    @TempDir
    Path dir;
    private FrameFixture window;
    private ResultsWindow viewer;

    @BeforeAll
    static void installRepaintCheck() {
        GuiTests.requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private void open(String... fixtures) throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (String fixture : fixtures) {
            files.add(Files.copy(Fixtures.file(fixture), dir.resolve(fixture)));
        }
        viewer = GuiActionRunner.execute(() -> ResultsViewer.show(files));
        window = new FrameFixture(viewer);
        waitFor("runs charted", () -> GuiActionRunner.execute(() -> viewer.runs().size() == fixtures.length
                && viewer.chartsUpToDate()));
        waitFor("charts shown", () -> GuiActionRunner.execute(() -> window.robot().finder()
                .findAll(viewer, c -> c instanceof ChartPanel && c.isShowing()).size() > 0));
    }

    private int seriesCount(String name) {
        return GuiActionRunner.execute(() -> ((ChartPanel) window.panel(name).target()).getChart().getXYPlot()
                .getDataset().getSeriesCount());
    }

    private String header(int modelColumn) {
        JTable table = window.table("runsTable").target();
        return GuiActionRunner.execute(() -> String.valueOf(table.getColumnModel()
                .getColumn(table.convertColumnIndexToView(modelColumn)).getHeaderValue()));
    }

    @Test
    void aYolov5AndAYolov8RunShareTheChartsThatMeanTheSame() throws Exception {
        open(V5, V8);
        List<String> columns = GuiActionRunner.execute(() -> window.robot().finder()
                .findAll(viewer, c -> c instanceof ChartPanel).stream().map(Component::getName).toList());
        assertThat(columns).hasSize(15).contains("chart:metrics/precision(B)", "chart:lr/pg0")
                .doesNotContain("chart:metrics/precision", "chart:x/lr0");
        assertThat(seriesCount("chart:metrics/mAP50-95(B)")).isEqualTo(2);
        assertThat(seriesCount("chart:train/obj_loss")).isEqualTo(1);
    }

    @Test
    void theMetricHeadersFitTheTasksShown() throws Exception {
        open(V5, V8);
        assertThat(header(5)).isEqualTo("mAP50");
        assertThat(header(6)).isEqualTo("mAP50-95");
        GuiActionRunner.execute(() -> viewer.add(List.of(Files.copy(
                Fixtures.file("yolov5cls-Louis93621-DS340W-100ep.csv"), dir.resolve("cls.csv")))));
        waitFor("three runs", () -> GuiActionRunner.execute(() -> viewer.runs().size() == 3));
        waitFor("mixed headers", () -> header(5).equals("mAP50 (top-1)"));
        assertThat(header(6)).isEqualTo("mAP50-95 (top-5)");
    }

    @Test
    void theDifferenceOfTwoRunsIsFullyReadableAtTheDefaultSize() throws Exception {
        open(V5, V8);
        Component delta = window.robot().finder().findByName(viewer, "runDelta", Component.class, false);
        waitFor("delta shown", () -> textOf(delta).contains("mAP50-95 "));
        String text = textOf(delta);
        assertThat(text).contains(V5.replace(".csv", "")).contains(V8.replace(".csv", ""));
        Pause.pause(300); // one more layout pass after the text changed
        GuiActionRunner.execute(() -> {
            Dimension wanted = delta.getPreferredSize();
            assertThat(delta.getWidth()).as("width for the whole text").isGreaterThanOrEqualTo(wanted.width);
            assertThat(delta.getHeight()).as("height for every line").isGreaterThanOrEqualTo(wanted.height);
            Rectangle visible = ((JComponent) delta).getVisibleRect();
            assertThat(visible.getSize()).as("nothing scrolled or covered").isEqualTo(delta.getSize());
            return null;
        });
    }

    private static String textOf(Component component) {
        return GuiActionRunner.execute(() -> component instanceof JLabel label ? label.getText()
                : ((JTextComponent) component).getText());
    }

    private static void waitFor(String what, BooleanSupplier check) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return check.getAsBoolean();
            }
        }, Timeout.timeout(Duration.ofSeconds(15).toMillis()));
    }
}
