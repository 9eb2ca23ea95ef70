package dev.labelj.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A metric that reads inf is a broken row: it never becomes the best epoch. */
class FitnessNonFiniteTest {
    private static final String HEADER = "epoch,metrics/precision(B),metrics/recall(B),metrics/mAP50(B),"
            + "metrics/mAP50-95(B)\n";

    @Test
    void anInfMetricDoesNotMakeItsRowTheBestEpoch() throws Exception {
        TrainingRun run = ResultsCsv.parse("inf", Path.of("results.csv"), HEADER
                + "1,0.5,0.5,0.5,0.30\n"
                + "2,0.6,0.6,inf,0.40\n"
                + "3,0.6,0.6,0.6,0.35\n", RunMetadata.NONE);
        BestEpoch best = Fitness.best(run).orElseThrow();
        assertThat(best.epoch()).isEqualTo(3);
        assertThat(Double.isFinite(best.fitness())).isTrue();
    }
}
