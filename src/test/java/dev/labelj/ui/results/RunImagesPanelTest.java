package dev.labelj.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.results.Fixtures;
import dev.labelj.results.TrainingRun;
import dev.labelj.support.GuiTests;
import dev.labelj.ui.canvas.ImageView;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The run images tab shows what it is given, and any decoding failure ends the busy state. */
class RunImagesPanelTest {
    @BeforeAll
    static void display() {
        GuiTests.requireDisplay();
    }

    @Test
    void anUnexpectedDecodingFailureIsShownInsteadOfStayingBusy() throws Exception {
        TrainingRun run = Fixtures.read("v8-AbdulRahmaan03-custom-100ep-padded.csv");
        RunImagesPanel panel = GuiActionRunner.execute(() -> new RunImagesPanel(file -> {
            throw new IllegalStateException("decoder broke on " + file.getFileName());
        }));
        GuiActionRunner.execute(() -> panel.show(List.of(new LoadedRun(run, List.of(Path.of("PR_curve.png")),
                dev.labelj.results.SizeAndTime.MISSING))));
        ImageView view = GuiActionRunner.execute(() -> find(panel));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (GuiActionRunner.execute(view::isBusy) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(GuiActionRunner.execute(view::isBusy)).as("busy after the failure").isFalse();
        assertThat(GuiActionRunner.execute(view::message)).contains("decoder broke on PR_curve.png");
        assertThat(GuiActionRunner.execute(panel::imageCount)).isEqualTo(1);
        GuiActionRunner.execute(panel::dispose);
    }

    private static ImageView find(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof ImageView view) {
                return view;
            }
            if (child instanceof Container inner && find(inner) != null) {
                return find(inner);
            }
        }
        return null;
    }
}
