package dev.labelj.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Values no trainer can write: an epoch of inf, a mAP of 1e300. Each is a warning naming the line and
 * the column, and neither can become the best epoch; the values themselves are kept as written.
 */
class ImpossibleValuesTest {
    private static final String HEADER = "epoch,train/box_loss,metrics/precision(B),metrics/recall(B),"
            + "metrics/mAP50(B),metrics/mAP50-95(B)\n";

    private static TrainingRun parse(String text) throws ResultsReadException {
        return ResultsCsv.parse("t", Path.of("results.csv"), text, RunMetadata.NONE);
    }

    @Test
    void anEpochOfInfOr1e400IsARowSkippedWithItsLineAndColumn() throws Exception {
        TrainingRun run = parse(HEADER
                + "1,0.9,0.5,0.5,0.5,0.3\n"
                + "inf,0.8,0.6,0.6,0.6,0.4\n"
                + "1e400,0.8,0.6,0.6,0.6,0.4\n"
                + "2,0.7,0.6,0.6,0.6,0.35\n");
        assertThat(run.epochs()).containsExactly(1, 2);
        assertThat(run.warnings()).extracting(ResultsWarning::toString).containsExactly(
                "line 3: epoch is 'inf', not a finite number; row skipped",
                "line 4: epoch is '1e400', not a finite number; row skipped");
    }

    @Test
    void aMetricOutsideZeroToOneIsReportedAndNeverTheBestEpoch() throws Exception {
        TrainingRun run = parse(HEADER
                + "1,0.9,0.5,0.5,0.5,0.3\n"
                + "2,0.8,0.6,0.6,1e300,0.4\n"
                + "3,0.7,0.6,1.5,0.6,0.35\n"
                + "4,0.7,0.6,0.6,0.6,-0.2\n"
                + "5,0.6,0.6,0.6,0.55,0.38\n");
        assertThat(run.warnings()).extracting(ResultsWarning::kind).containsOnly(ResultsWarning.Kind.IMPOSSIBLE_VALUE);
        assertThat(run.warnings()).extracting(ResultsWarning::toString).containsExactly( // in column order
                "line 4: metrics/recall(B) = 1.5 at epoch 3: a metric lies between 0 and 1; left out of charts "
                        + "and of the best epoch",
                "line 3: metrics/mAP50(B) = 1.0e300 at epoch 2: a metric lies between 0 and 1; left out of charts "
                        + "and of the best epoch",
                "line 5: metrics/mAP50-95(B) = -0.2 at epoch 4: a metric lies between 0 and 1; left out of charts "
                        + "and of the best epoch");
        // kept as written (the table shows the file), but never chosen
        assertThat(run.value("metrics/mAP50(B)", 1)).isEqualTo(1e300);
        BestEpoch best = Fitness.best(run).orElseThrow();
        assertThat(best.epoch()).isEqualTo(5);
        assertThat(Fitness.values(run, FitnessRule.YOLOV5)[1]).isNaN();
        // a run's row never shows the impossible recall of its best epoch either
        TrainingRun recallAtBest = parse(HEADER + "1,0.9,0.5,0.5,0.5,0.3\n2,0.8,0.6,7,0.6,0.4\n");
        assertThat(RunRow.of(RunSummary.of(recallAtBest), false).recall()).isEmpty();
    }

    @Test
    void manyImpossibleValuesInOneColumnShareOneWarning() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int e = 1; e <= 30; e++) {
            csv.append(e).append(",0.5,0.5,0.5,0.5,").append(e % 2 == 0 ? "2" : "0.3").append('\n');
        }
        TrainingRun run = parse(csv.toString());
        assertThat(run.warnings()).hasSize(1);
        assertThat(run.warnings().get(0).toString()).startsWith("line 3: metrics/mAP50-95(B) = 2 at epochs 2, 4, 6")
                .contains("(15 epochs)");
    }

    @Test
    void a100000ColumnHeaderIsReadInLinearTime() throws Exception {
        int columns = 100_000;
        StringBuilder header = new StringBuilder("epoch");
        StringBuilder row = new StringBuilder("1");
        for (int c = 0; c < columns; c++) {
            header.append(",train/loss").append(c);
            row.append(c == 7 ? ",nan" : ",0.5");
        }
        String text = header + "\n" + row + "\n" + row.toString().replaceFirst("^1", "2") + "\n";
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        TrainingRun run = parse(text);
        RunSummary summary = RunSummary.of(run);
        double seconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "100,000 columns: parse + summary %.2f s CPU%n", seconds);
        assertThat(run.columns()).hasSize(columns + 1);
        assertThat(summary.epochsRun()).isEqualTo(2);
        assertThat(run.warnings()).extracting(ResultsWarning::toString)
                .containsExactly("line 2: train/loss7: nan at epochs 1, 2");
        assertThat(seconds).isLessThan(3.0);
    }
}
