package dev.labelj.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd files become warnings on the run, never exceptions, and rows are never shifted. */
class ResultsCsvToleranceTest {
    private static final String V8_HEADER = "epoch,time,train/box_loss,metrics/mAP50(B),metrics/mAP50-95(B),lr/pg0\n";

    private static TrainingRun parse(String text) throws ResultsReadException {
        return ResultsCsv.parse("t", Path.of("results.csv"), text, RunMetadata.NONE);
    }

    private static ResultsWarning.Kind onlyWarning(TrainingRun run) {
        assertThat(run.warnings()).hasSize(1);
        return run.warnings().get(0).kind();
    }

    @Test
    void bomAndCrlfAndMissingFinalNewlineAreFine() throws Exception {
        TrainingRun run = parse("\uFEFF" + V8_HEADER.replace("\n", "\r\n") + "1,2.5,0.5,0.3,0.2,1e-3\r\n2,5,0.4,0.4,0.3,9.5e-04");
        assertThat(run.columns()).first().isEqualTo("epoch");
        assertThat(run.rows()).isEqualTo(2);
        assertThat(run.value("lr/pg0", 1)).isEqualTo(9.5e-4);
        assertThat(run.warnings()).isEmpty();
    }

    @Test
    void nanAndInfinitiesInAnyCase() throws Exception {
        TrainingRun run = parse(V8_HEADER + "1,1,nan,inf,-inf,NaN\n");
        assertThat(run.value("train/box_loss", 0)).isNaN();
        assertThat(run.value("metrics/mAP50(B)", 0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(run.value("metrics/mAP50-95(B)", 0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(run.warnings()).extracting(ResultsWarning::kind).containsOnly(ResultsWarning.Kind.NON_FINITE);
        assertThat(run.warnings()).extracting(ResultsWarning::toString).containsExactly(
                "line 2: train/box_loss, metrics/mAP50(B), metrics/mAP50-95(B), lr/pg0: -inf or inf or nan at epoch 1");
    }

    @Test
    void emptyFileIsAnEmptyRunWithAWarning() throws Exception {
        TrainingRun run = parse("");
        assertThat(run.rows()).isZero();
        assertThat(onlyWarning(run)).isEqualTo(ResultsWarning.Kind.EMPTY_FILE);
        assertThat(Fitness.best(run)).isEmpty();
        assertThat(parse("\n\r\n").warnings()).extracting(ResultsWarning::kind).containsExactly(ResultsWarning.Kind.EMPTY_FILE);
    }

    @Test
    void headerOnlyHasNoRowsYet() throws Exception {
        TrainingRun run = parse(V8_HEADER);
        assertThat(run.rows()).isZero();
        assertThat(run.columns()).hasSize(6);
        assertThat(onlyWarning(run)).isEqualTo(ResultsWarning.Kind.NO_ROWS);
    }

    @Test
    void raggedRowIsFlaggedWithItsLineAndNeverShifted() throws Exception {
        // YOLOv5-seg's final row: fewer fields than the header, values meant for other columns.
        TrainingRun run = parse(V8_HEADER + "1,1,0.5,0.3,0.2,0.01\n2,2,0.4,0.4,0.3,0.01\n3,0.9,0.8\n");
        assertThat(run.rows()).isEqualTo(2);
        assertThat(run.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(ResultsWarning.Kind.RAGGED_ROW);
            assertThat(w.line()).isEqualTo(4);
        });
        assertThat(run.values("metrics/mAP50(B)").orElseThrow()).containsExactly(0.3, 0.4);
    }

    @Test
    void halfWrittenLastLineIsSkippedUntilItIsFinished() throws Exception {
        String complete = V8_HEADER + "1,1,0.5,0.3,0.2,0.01\n";
        TrainingRun cutInCells = parse(complete + "2,2,0.4,0.");
        assertThat(cutInCells.rows()).isEqualTo(1);
        assertThat(onlyWarning(cutInCells)).isEqualTo(ResultsWarning.Kind.PARTIAL_LAST_LINE);
        TrainingRun cutInExponent = parse(complete + "2,2,0.4,0.4,0.3,1e-");
        assertThat(cutInExponent.rows()).isEqualTo(1);
        assertThat(onlyWarning(cutInExponent)).isEqualTo(ResultsWarning.Kind.PARTIAL_LAST_LINE);
    }

    @Test
    void growingFileIsReReadMidLineAndThenWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results.csv");
        Files.writeString(file, V8_HEADER + "1,1,0.5,0.3,0.2,0.01\n2,2,0.4,0.4", StandardCharsets.UTF_8);
        TrainingRun first = ResultsCsv.read(file);
        assertThat(first.rows()).isEqualTo(1);
        assertThat(first.warnings()).extracting(ResultsWarning::kind).containsExactly(ResultsWarning.Kind.PARTIAL_LAST_LINE);

        Files.writeString(file, "5,0.3,0.01\n3,3,0.3,0.5,0.4,0.01\n", StandardOpenOption.APPEND);
        TrainingRun second = ResultsCsv.read(file);
        assertThat(second.rows()).isEqualTo(3);
        assertThat(second.epochs()).containsExactly(1, 2, 3);
        assertThat(second.value("metrics/mAP50-95(B)", 1)).isEqualTo(0.3);
        assertThat(second.warnings()).isEmpty();
        assertThat(second.name()).isEqualTo(dir.getFileName().toString());
    }

    @Test
    void rerunIntoTheSameFolderWarnsAboutEpochOrderAndKeepsEveryRow() throws Exception {
        TrainingRun run = parse(V8_HEADER + "1,1,0.5,0.3,0.2,0.01\n2,2,0.4,0.4,0.3,0.01\n1,1,0.6,0.2,0.1,0.01\n");
        assertThat(run.rows()).isEqualTo(3);
        assertThat(run.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(ResultsWarning.Kind.EPOCH_NOT_INCREASING);
            assertThat(w.line()).isEqualTo(4);
        });
    }

    @Test
    void cocoFinalRevalidationRowIsLeftOutOfTheEpochs() throws Exception {
        TrainingRun run = parse(V8_HEADER + "1,1,0.5,0.3,0.2,0.01\n2,2,0.4,0.4,0.3,0.01\n3,3,0.4,0.35,0.25,0.01\n"
                + "3,3,0.4,0.41,0.31,0.01\n");
        assertThat(run.rows()).isEqualTo(3);
        assertThat(onlyWarning(run)).isEqualTo(ResultsWarning.Kind.FINAL_REVALIDATION);
        assertThat(Fitness.best(run).orElseThrow().epoch()).isEqualTo(2.0);
    }

    @Test
    void trailingCommaDoesNotMakeANamelessColumn() throws Exception {
        TrainingRun run = parse("epoch,metrics/mAP50(B),metrics/mAP50-95(B),\n1,0.5,0.3,\n");
        assertThat(run.columns()).containsExactly("epoch", "metrics/mAP50(B)", "metrics/mAP50-95(B)");
        assertThat(run.rows()).isEqualTo(1);
        assertThat(run.warnings()).isEmpty();
    }

    @Test
    void orientedBoxRunsAreToldByTheirFolderWhenColumnsMatchDetect(@TempDir Path dir) throws Exception {
        Path obbRun = Files.createDirectories(dir.resolve("runs/obb/train2"));
        Files.copy(Fixtures.file("yolo26-0x90Vold-plant-disease-train2-1ep.csv"), obbRun.resolve("results.csv"));
        assertThat(ResultsCsv.read(obbRun.resolve("results.csv")).task()).isEqualTo(TrainingTask.OBB);
        Path named = Files.copy(Fixtures.file("yolo26-0x90Vold-plant-disease-train2-1ep.csv"),
                dir.resolve("yolo11obb-ships-50ep.csv"));
        assertThat(ResultsCsv.read(named).task()).isEqualTo(TrainingTask.OBB);
        Path hobby = Files.copy(Fixtures.file("yolo26-0x90Vold-plant-disease-train2-1ep.csv"), dir.resolve("hobby.csv"));
        assertThat(ResultsCsv.read(hobby).task()).isEqualTo(TrainingTask.DETECT);
    }

    @Test
    void repeatedHeaderAndGarbageCellsAreReported() throws Exception {
        TrainingRun run = parse(V8_HEADER + "1,1,0.5,0.3,0.2,0.01\n" + V8_HEADER + "2,2,oops,0.4,0.3,0.01\n");
        assertThat(run.rows()).isEqualTo(2);
        assertThat(run.value("train/box_loss", 1)).isNaN();
        assertThat(run.warnings()).extracting(ResultsWarning::kind)
                .containsExactly(ResultsWarning.Kind.REPEATED_HEADER, ResultsWarning.Kind.BAD_VALUE);
        assertThat(run.warnings().get(1).toString()).startsWith("line 4: ").contains("train/box_loss='oops'");
    }

    @Test
    void notAResultsFileIsATypedErrorNamingFileAndLine() {
        assertThatThrownBy(() -> ResultsCsv.parse("x", Path.of("notes.csv"), "\nname,age\nbob,3\n", RunMetadata.NONE))
                .isInstanceOf(ResultsReadException.class)
                .hasMessageStartingWith("notes.csv:2: not a YOLO training results file");
    }

    @Test
    void resultsTxtRaggedAndHalfWrittenLines() throws Exception {
        String row0 = "      0/99     1.86G   0.09831   0.09352         0    0.1918        24       416         0         0  0.005487  0.001083   0.09149   0.05837         0\n";
        String row1 = "      1/99     1.93G   0.09291    0.1008         0    0.1937        37       416    0.0335    0.1212   0.01489   0.00295   0.09571   0.05933         0\n";
        TrainingRun run = parse(row0 + "  garbage 1 2\n" + row1 + "      2/99     1.93G   0.09");
        assertThat(run.format()).isEqualTo(ResultsFormat.RESULTS_TXT);
        assertThat(run.rows()).isEqualTo(2);
        assertThat(run.warnings()).extracting(ResultsWarning::kind)
                .containsExactly(ResultsWarning.Kind.RAGGED_ROW, ResultsWarning.Kind.PARTIAL_LAST_LINE);
        assertThat(run.metadata().plannedEpochs()).hasValue(100);
    }

    @Test
    void runFolderResolvesToItsResultsFileAndReadsOptYaml(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.file("v8-3bdul1ah-license-plates-train25-134of200ep-earlystop.csv"), dir.resolve("results.csv"));
        Files.writeString(dir.resolve("args.yaml"), "task: detect\nmode: train\nepochs: 200\npatience: 3\nbatch: 16\n");
        TrainingRun run = ResultsCsv.read(RunFiles.resolve(dir));
        RunSummary summary = RunSummary.of(run);
        assertThat(summary.epochsPlanned()).hasValue(200);
        assertThat(summary.epochsRun()).isEqualTo(134);
        assertThat(summary.best().orElseThrow().epoch()).isEqualTo(131);
        assertThat(summary.status()).isEqualTo(RunSummary.Status.EARLY_STOPPED);
    }

    @Test
    void obbTaskComesFromArgsYaml(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.file("yolo26-0x90Vold-plant-disease-train2-1ep.csv"), dir.resolve("results.csv"));
        Files.writeString(dir.resolve("args.yaml"), "task: obb\nepochs: 100 # planned\n");
        TrainingRun run = ResultsCsv.read(dir.resolve("results.csv"));
        assertThat(run.task()).isEqualTo(TrainingTask.OBB);
        assertThat(RunSummary.of(run).status()).isEqualTo(RunSummary.Status.INCOMPLETE);
    }

    @Test
    void imagesBesideTheCsvComeKnownPlotsFirst(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("results.csv"), V8_HEADER);
        Files.write(dir.resolve("zz.jpg"), new byte[] {1});
        Files.write(dir.resolve("PR_curve.png"), new byte[] {1});
        Files.write(dir.resolve("confusion_matrix.png"), new byte[] {1});
        Files.write(dir.resolve("notes.txt"), new byte[] {1});
        assertThat(RunFiles.imagesBeside(csv)).extracting(p -> p.getFileName().toString())
                .containsExactly("confusion_matrix.png", "PR_curve.png", "zz.jpg");
    }
}
