package dev.labelj.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run table's rows (best epoch and its metrics, epochs, how it ended), as CSV and Markdown; folders of runs. */
class RunTableTest {
    private static final String EARLY_STOP = "v8-01-Zhangsaisai-wheat-weed-102of150ep-earlystop-time-crlf.csv";

    @Test
    void aRowHoldsTheBestEpochsMetricsAndHowTheRunEnded(@TempDir Path dir) throws Exception {
        Path run = Files.createDirectories(dir.resolve("train"));
        Files.copy(Fixtures.file(EARLY_STOP), run.resolve("results.csv"));
        Files.writeString(run.resolve("args.yaml"), "task: detect\nepochs: 150\npatience: 50\n");
        RunSummary summary = RunSummary.of(ResultsCsv.read(run.resolve("results.csv")));
        RunRow row = RunRow.of(summary, true);
        BestEpoch best = summary.best().orElseThrow();
        assertThat(row.bestEpoch()).hasValue(best.epoch());
        assertThat(row.map50To95()).hasValue(summary.run().value("metrics/mAP50-95(B)", best.row()));
        assertThat(row.precision()).hasValue(summary.run().value("metrics/precision(B)", best.row()));
        assertThat(row.epochsText()).isEqualTo("102/150");
        assertThat(row.statusWord()).as("an early stop is not running, whatever the file did").isEqualTo("early stop");
    }

    @Test
    void deltasAreTakenAtEachRunsBestEpoch() {
        RunRow lego = RunRow.of(RunSummary.of(Fixtures.read("yolov5-483172-custom_lego_dataset-exp-50ep.csv")), false);
        RunRow helmet = RunRow.of(RunSummary.of(Fixtures.read("yolov5-Grafit-Kil-helmet-detection-exp2-150ep-1class.csv")), false);
        double expected = lego.map50To95().getAsDouble() - helmet.map50To95().getAsDouble();
        assertThat(lego.delta(helmet, "mAP50-95").getAsDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Double.toString(lego.delta(helmet, "mAP50-95").getAsDouble())).hasSizeLessThan(12);
        RunRow classify = RunRow.of(RunSummary.of(Fixtures.read("yolov5cls-Louis93621-DS340W-100ep.csv")), false);
        assertThat(classify.precision()).isEmpty();
        assertThat(classify.map50()).as("top-1 in the first accuracy column").hasValue(0.88889);
        assertThat(lego.delta(classify, "P")).isEmpty();
    }

    @Test
    void csvAndMarkdownHaveOneLinePerRun() {
        RunRow lego = RunRow.of(RunSummary.of(Fixtures.read("yolov5-483172-custom_lego_dataset-exp-50ep.csv")), false);
        RunRow odd = new RunRow("a,b|c", java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(),
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), 0,
                java.util.OptionalInt.empty(), RunSummary.Status.UNKNOWN, false, TrainingTask.UNKNOWN);
        String csv = RunTableText.csv(List.of(lego, odd));
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv.lines().toList().get(0)).isEqualTo("run,best epoch,P,R,mAP50,mAP50-95,epochs,status");
        assertThat(csv.lines().toList().get(1)).startsWith(lego.name() + ",48,").endsWith(",50,unknown");
        assertThat(csv.lines().toList().get(2)).isEqualTo("\"a,b|c\",,,,,,0,unknown");
        String markdown = RunTableText.markdown(List.of(lego, odd));
        assertThat(markdown.lines()).hasSize(4);
        assertThat(markdown.lines().toList().get(1)).isEqualTo("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        assertThat(markdown).contains("| a,b\\|c |");
    }

    @Test
    void theMetricHeadersFitTheTasksOfTheRunsShown() {
        RunRow lego = RunRow.of(RunSummary.of(Fixtures.read("yolov5-483172-custom_lego_dataset-exp-50ep.csv")), false);
        RunRow classify = RunRow.of(RunSummary.of(Fixtures.read("yolov5cls-Louis93621-DS340W-100ep.csv")), false);
        assertThat(RunTableText.header(List.of(lego))).containsExactly("run", "best epoch", "P", "R", "mAP50",
                "mAP50-95", "epochs", "status");
        assertThat(RunTableText.header(List.of(classify))).contains("top-1", "top-5").doesNotContain("mAP50");
        assertThat(RunTableText.header(List.of(lego, classify))).contains("mAP50 (top-1)", "mAP50-95 (top-5)");
        assertThat(RunTableText.markdown(List.of(classify)).lines().findFirst().orElseThrow())
                .isEqualTo("| run | best epoch | P | R | top-1 | top-5 | epochs | status |");
        assertThat(MetricWords.of(List.of())).isEqualTo(MetricWords.DETECTION);
    }

    @Test
    void aFolderOfThreeRunsGivesThreeResultsFilesNewestFirst(@TempDir Path dir) throws Exception {
        Path train = Files.createDirectories(dir.resolve("runs/train"));
        long now = System.currentTimeMillis();
        String[] names = {"exp", "exp2", "exp3"};
        for (int i = 0; i < names.length; i++) {
            Path csv = Files.createDirectories(train.resolve(names[i])).resolve("results.csv");
            Files.copy(Fixtures.file("yolov5-KALYAN1045-ANPR-20ep.csv"), csv);
            Files.setLastModifiedTime(csv, FileTime.fromMillis(now - (i == 1 ? 0 : (i + 1) * 60_000L)));
        }
        Files.createDirectories(train.resolve("not-a-run"));
        assertThat(RunFiles.runsIn(train)).extracting(p -> p.getParent().getFileName().toString())
                .containsExactly("exp2", "exp", "exp3");
        assertThat(RunFiles.isFolderOfRuns(train)).isTrue();
        assertThat(RunFiles.isFolderOfRuns(train.resolve("exp"))).isFalse();
        // Ultralytics: runs/detect/train, train2 one level further down
        Path runs = Files.createDirectories(dir.resolve("u/runs"));
        Files.copy(Fixtures.file("yolov5-KALYAN1045-ANPR-20ep.csv"),
                Files.createDirectories(runs.resolve("detect/train2")).resolve("results.csv"));
        assertThat(RunFiles.runsIn(runs)).hasSize(1);
    }
}
