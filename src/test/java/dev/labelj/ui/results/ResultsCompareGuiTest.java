package dev.labelj.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.results.Fixtures;
import dev.labelj.results.GrowingFileWatcher;
import dev.labelj.support.DocumentText;
import dev.labelj.support.GuiTest;
import dev.labelj.support.GuiTests;
import dev.labelj.ui.canvas.ImageView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.swing.JTable;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparing runs in the real viewer: a folder of runs, the run table, hiding a run, unreadable inputs, empty states. */
@GuiTest
class ResultsCompareGuiTest {
    private static final String MAP = "chart:metrics/mAP50-95(B)";
    @TempDir
    Path dir;
    private Path train;
    private FrameFixture window;
    private ResultsWindow viewer;

    @BeforeAll
    static void installRepaintCheck() {
        GuiTests.requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    /** runs/train with exp (oldest), exp2, exp3 (newest), as YOLOv5 numbers them. */
    @BeforeEach
    void folderOfThreeRuns() throws Exception {
        train = Files.createDirectories(dir.resolve("runs/train"));
        String[] fixtures = {"v8-AbdulRahmaan03-custom-100ep-padded.csv",
            "yolo12-1527171-hand-raising-train3-200ep-time.csv", "v8-3bdul1ah-license-plates-train25-134of200ep-earlystop.csv"};
        long now = System.currentTimeMillis();
        for (int i = 0; i < 3; i++) {
            Path csv = Files.createDirectories(train.resolve(i == 0 ? "exp" : "exp" + (i + 1))).resolve("results.csv");
            Files.copy(Fixtures.file(fixtures[i]), csv);
            Files.setLastModifiedTime(csv, FileTime.fromMillis(now - (3 - i) * 60_000L));
        }
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private void open(List<Path> inputs, int runs) {
        viewer = GuiActionRunner.execute(() -> ResultsViewer.show(inputs));
        window = new FrameFixture(viewer);
        waitFor(runs + " runs charted", () -> GuiActionRunner.execute(() -> viewer.runs().size() == runs
                && viewer.chartsUpToDate()));
    }

    private int seriesCount(String name) {
        return GuiActionRunner.execute(() -> ((ChartPanel) window.panel(name).target()).getChart().getXYPlot()
                .getDataset().getSeriesCount());
    }

    @Test
    void aFolderOfThreeRunsOpensAsThreeRunsNewestFirstInTheRunTable() {
        open(List.of(train), 3);
        assertThat(GuiActionRunner.execute(() -> viewer.runs().stream().map(r -> r.name()).toList()))
                .containsExactly("exp3", "exp2", "exp");
        JTable table = window.table("runsTable").target();
        assertThat(GuiActionRunner.execute(table::getRowCount)).isEqualTo(3);
        assertThat(GuiActionRunner.execute(() -> table.getValueAt(0, 1))).isEqualTo("exp3");
        assertThat(GuiActionRunner.execute(() -> table.getValueAt(1, 2))).as("exp2's best epoch").isEqualTo(178.0);
        assertThat(seriesCount(MAP)).isEqualTo(3);
        // sortable by any column: best epoch, ascending
        window.table("runsTable").tableHeader().clickColumn(2);
        assertThat(GuiActionRunner.execute(() -> table.getValueAt(0, 1))).isEqualTo("exp");
        assertThat(GuiActionRunner.execute(() -> table.getValueAt(2, 1))).isEqualTo("exp2");
    }

    @Test
    void unTickingARunHidesItFromTheChartsAndTwoSelectedRunsShowTheirDelta() {
        open(List.of(train), 3);
        window.table("runsTable").cell(org.assertj.swing.data.TableCell.row(1).column(0)).click();
        waitFor("exp2 hidden", () -> seriesCount(MAP) == 2);
        assertThat(GuiActionRunner.execute(() -> viewer.options().hidden())).containsExactly(1);
        window.table("runsTable").cell(org.assertj.swing.data.TableCell.row(1).column(0)).click();
        waitFor("exp2 shown again", () -> seriesCount(MAP) == 3);

        JTable table = window.table("runsTable").target();
        GuiActionRunner.execute(() -> {
            table.setRowSelectionInterval(0, 0);
            table.addRowSelectionInterval(2, 2);
        });
        String delta = window.textBox("runDelta").text();
        assertThat(delta).startsWith("exp3 \u2212 exp at their best epochs: P ").contains("mAP50-95 ");
    }

    @Test
    void aNewRunInTheFolderAppearsAndIsMarkedRunning() throws Exception {
        open(List.of(train), 3);
        Path exp4 = Files.createDirectories(train.resolve("exp4")).resolve("results.csv");
        List<String> lines = Files.readAllLines(Fixtures.file("yolov5-KALYAN1045-ANPR-20ep.csv"));
        Files.write(exp4, lines.subList(0, 6));
        GuiActionRunner.execute(() -> viewer.runSet()).pollFolders();
        waitFor("exp4 listed", () -> GuiActionRunner.execute(() -> viewer.runs().size() == 4));
        JTable table = window.table("runsTable").target();
        assertThat(GuiActionRunner.execute(() -> table.getModel().getValueAt(3, 1))).isEqualTo("exp4");
        assertThat(GuiActionRunner.execute(() -> table.getModel().getValueAt(3, 8))).isEqualTo("running");
        assertThat(GuiActionRunner.execute(() -> table.getModel().getValueAt(0, 8))).isNotEqualTo("running");
        // the oldest run grows by an epoch while watched: it is training too
        Path exp = train.resolve("exp/results.csv");
        String last = Files.readAllLines(exp).get(100).replaceFirst("^\\s*100,", "                    101,");
        Files.writeString(exp, last + "\n", StandardOpenOption.APPEND);
        GuiActionRunner.execute(() -> viewer.runSet().watchers()).forEach(GrowingFileWatcher::poll);
        waitFor("exp marked running", () -> "running".equals(GuiActionRunner.execute(
                () -> table.getModel().getValueAt(2, 8))));
    }

    @Test
    void aFileThatCannotBeReadIsNamedBesideTheRunsThatCould() throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.csv"), "this is not a results file\n");
        open(List.of(train.resolve("exp"), train.resolve("exp2/results.csv"), garbage), 2);
        waitFor("status names the file", () -> window.label("resultsStatus").text().contains("garbage.csv"));
        assertThat(window.label("resultsStatus").text()).startsWith("2 run(s)").contains("1 could not be read");
        assertThat(DocumentText.of(window.textBox("summary").target()))
                .contains("1 input(s) could not be read").contains("garbage.csv:1: not a YOLO training results file");
    }

    @Test
    void theRunImagesTabSaysWhyItIsEmpty() {
        open(List.of(train.resolve("exp")), 1);
        window.tabbedPane("resultsTabs").selectTab(2);
        ImageView view = window.robot().finder().findByName(viewer, "runImageView", ImageView.class, false);
        assertThat(GuiActionRunner.execute(view::message)).startsWith("No plots beside the results file");
    }

    @Test
    void theGridAndTheRunTableAreExportedAsSvgAndMarkdown() throws Exception {
        open(List.of(train), 3);
        Path svg = dir.resolve("grid.svg");
        window.button("exportGrid").click();
        JFileChooserFixture chooser = window.fileChooser(Timeout.timeout(5000));
        chooser.fileNameTextBox().setText(svg.toString());
        chooser.approve();
        waitFor("grid exported", () -> window.label("resultsStatus").text().startsWith("Saved " + svg));
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg").contains("exp3");

        Path md = dir.resolve("runs.md");
        window.button("exportRunTable").click();
        chooser = window.fileChooser(Timeout.timeout(5000));
        chooser.fileNameTextBox().setText(md.toString());
        chooser.approve();
        waitFor("table exported", () -> window.label("resultsStatus").text().startsWith("Saved " + md));
        assertThat(Files.readAllLines(md)).hasSize(5).element(2).asString().startsWith("| exp3 |");
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
