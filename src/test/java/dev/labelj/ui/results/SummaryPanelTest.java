package dev.labelj.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.results.Fixtures;
import dev.labelj.results.TrainingRun;
import dev.labelj.support.DocumentText;
import dev.labelj.support.GuiTests;
import java.util.List;
import java.util.Optional;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The summary names the epoch best.pt holds and, when epochs tie, the first epoch that reached it. */
class SummaryPanelTest {
    @BeforeAll
    static void display() {
        GuiTests.requireDisplay();
    }

    @Test
    void tiedBestShowsTheFirstEpochReachingItNextToTheBestPtEpoch() {
        // top-1 = 0.88889 at epochs 59, 60, 68, 69 and 93: best.pt holds 93, the value was first reached at 59
        TrainingRun run = Fixtures.read("yolov5cls-Louis93621-DS340W-100ep.csv");
        String text = GuiActionRunner.execute(() -> {
            SummaryPanel panel = new SummaryPanel();
            panel.show(List.of(run), Optional.empty());
            return DocumentText.of(panel);
        });
        String best = "best epoch 93 (fitness 0.88889)";
        String first = "first reached at epoch 59 (best.pt keeps the last tie)";
        assertThat(text).contains(best, first);
        assertThat(text.indexOf(first)).as("right under the best epoch, before its metrics")
                .isGreaterThan(text.indexOf(best)).isLessThan(text.indexOf("metrics/"));
    }

    @Test
    void withoutATieNoSecondEpochIsShown() {
        TrainingRun run = Fixtures.read("yolo12-1527171-hand-raising-train3-200ep-time.csv");
        String text = GuiActionRunner.execute(() -> {
            SummaryPanel panel = new SummaryPanel();
            panel.show(List.of(run), Optional.empty());
            return DocumentText.of(panel);
        });
        assertThat(text).contains("best epoch 178").doesNotContain("first reached");
    }
}
