package dev.labelj.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.DocumentText;
import dev.labelj.support.GuiTest;
import dev.labelj.support.GuiTests;
import java.awt.Component;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javax.swing.SwingUtilities;
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

/** Files that break charting or are huge: the window says so, or copes, and never hangs at "Reading…". */
@GuiTest
class ResultsFailuresGuiTest {
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

    private void open(Path file) {
        viewer = GuiActionRunner.execute(() -> ResultsViewer.show(List.of(file)));
        window = new FrameFixture(viewer);
    }

    private String status() {
        return window.label("resultsStatus").text();
    }

    @Test
    void aChartThatCannotBeDrawnIsAMessageNotAStuckStatus() throws Exception {
        // losses of -1.7e308 and 1.7e308: finite, but no axis can span them (the span overflows a double)
        Path csv = Files.writeString(dir.resolve("results.csv"), "epoch,train/box_loss,metrics/mAP50(B),"
                + "metrics/mAP50-95(B)\n1,-1.7e308,0.5,0.3\n2,1.7e308,0.6,0.4\n3,0.5,0.6,0.4\n");
        open(csv);
        waitFor("a message instead of 'Reading'", Duration.ofSeconds(15),
                () -> status().startsWith("Not every chart is shown"));
        assertThat(status())
                .contains("chart train/box_loss cannot be drawn: its values span more than a number can hold");
        assertThat(GuiActionRunner.execute(() -> window.robot().finder()
                .findAll(viewer, c -> c instanceof ChartPanel).size())).as("every cell, one saying why").isEqualTo(3);
        assertThat(GuiActionRunner.execute(() -> viewer.runs().size())).isEqualTo(1);
        assertThat(DocumentText.of(window.textBox("summary").target())).contains("best epoch 3");
        // the window still works: the table of values shows the file
        window.tabbedPane("resultsTabs").selectTab(1);
        assertThat(GuiActionRunner.execute(() -> window.table("resultsTable").target().getRowCount())).isEqualTo(3);
    }

    @Test
    void aMillionEpochsAreChartedWhileTheWindowKeepsAnswering() throws Exception {
        Path csv = dir.resolve("results.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("epoch,time,train/box_loss,metrics/mAP50(B),metrics/mAP50-95(B),lr/pg0\n");
            for (int e = 1; e <= 1_000_000; e++) {
                double t = e / 1e6;
                out.write(String.format(Locale.ROOT, "%d,%.6g,%.5g,%.5g,%.5g,%.5g%n", e, e * 3.1,
                        2 * Math.exp(-3 * t) + 0.1, 0.9 * (1 - Math.exp(-5 * t)), 0.6 * (1 - Math.exp(-5 * t)),
                        0.01 * (1 - t) + 1e-5));
            }
        }
        open(csv);
        AtomicLong slowest = new AtomicLong();
        long start = System.nanoTime();
        // the window must answer while the file is read and charted: ping the event thread all along
        boolean charted = false;
        while (!charted) {
            long sent = System.nanoTime();
            SwingUtilities.invokeAndWait(() -> slowest.accumulateAndGet(System.nanoTime() - sent, Math::max));
            charted = GuiActionRunner.execute(() -> viewer.chartsUpToDate() && !viewer.runs().isEmpty());
            slowest.accumulateAndGet(System.nanoTime() - sent, Math::max);
            assertThat(System.nanoTime() - start).as("charted within two minutes").isLessThan(120_000_000_000L);
            Thread.sleep(50);
        }
        System.out.printf(Locale.ROOT, "a million epochs: charted after %.1f s, event thread answered within %.0f ms at worst%n",
                (System.nanoTime() - start) / 1e9, slowest.get() / 1e6);
        assertThat(status()).startsWith("1 run(s)");
        List<Component> charts = GuiActionRunner.execute(() -> window.robot().finder()
                .findAll(viewer, c -> c instanceof ChartPanel).stream().toList());
        assertThat(charts).hasSize(4);
        for (Component chart : charts) {
            int points = GuiActionRunner.execute(() -> ((ChartPanel) chart).getChart().getXYPlot().getDataset()
                    .getItemCount(0));
            assertThat(points).as(chart.getName()).isBetween(1000, 5000);
        }
        // drawn on the event thread this took 3.4 s (48 s before lines were thinned); what is left is the
        // summary and tables, and garbage collection pauses while the reader works on a shared machine
        assertThat(slowest.get() / 1e6).as("longest wait of the event thread, ms").isLessThan(2000);
    }

    private static void waitFor(String what, Duration timeout, BooleanSupplier check) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return check.getAsBoolean();
            }
        }, Timeout.timeout(timeout.toMillis()));
    }
}
