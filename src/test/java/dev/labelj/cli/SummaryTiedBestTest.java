package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelj.results.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code labelj summary} on tied fitness: best.pt's epoch (the later tie) and the first epoch reaching
 * the same value, side by side (ADR 0041).
 */
class SummaryTiedBestTest {
    // top-1 = 0.88889 at epochs 59, 60, 68, 69 and 93
    private static final String CLASSIFY = Fixtures.file("yolov5cls-Louis93621-DS340W-100ep.csv").toString();

    private static String run(String... args) {
        CliRun cli = new CliRun();
        assertThat(cli.run(args)).isZero();
        return cli.out();
    }

    @Test
    void jsonPutsTheFirstEpochReachingTheBestRightAfterBestEpoch() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("summary", CLASSIFY, "--json"));
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields.get(fields.indexOf("best_epoch") + 1)).isEqualTo("best_epoch_first_reached");
        assertThat(json.get("best_epoch").asInt()).isEqualTo(93);
        assertThat(json.get("best_epoch_first_reached").asInt()).isEqualTo(59);
    }

    @Test
    void textNamesBothEpochs() {
        assertThat(run("summary", CLASSIFY))
                .contains("best:    epoch 93 (best.pt), first reached at epoch 59, fitness 0.88889 (top1)")
                .contains("epochs:  0..99 (100 epochs run, no opt.yaml/args.yaml to compare with)");
        assertThat(run("summary", Fixtures.file("yolo12-1527171-hand-raising-train3-200ep-time.csv").toString()))
                .contains("best:    epoch 178, fitness").doesNotContain("first reached");
    }
}
