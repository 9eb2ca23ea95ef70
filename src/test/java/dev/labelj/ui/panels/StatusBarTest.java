package dev.labelj.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.ui.support.Messages;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** The status bar's pointer field: the pixel under the mouse, the size only while a gesture lasts. */
class StatusBarTest {
    private final StatusBar bar = GuiActionRunner.execute(StatusBar::new);

    @Test
    void theSizeOfABoxIsShownWhileItIsDrawnThenThePixelUnderTheMouseAgain() {
        onEdt(() -> {
            bar.showPointer(12.7, 30.2);
            bar.showDraft(new double[] {40, 25});
            assertThat(pointer().getText()).isEqualTo(Messages.get("status.draftSize", 40, 25));

            // each drag step: the pointer first, then the draft it makes
            bar.showPointer(52.5, 55.9);
            bar.showDraft(new double[] {45, 28});
            assertThat(pointer().getText()).isEqualTo(Messages.get("status.draftSize", 45, 28));

            bar.showDraft(null);

            assertThat(pointer().getText()).isEqualTo(Messages.get("status.pointerAt", 52, 55));
        });
    }

    @Test
    void theNextImageStartsWithNoSizeAndNoPixelFromThePreviousOne() {
        onEdt(() -> {
            bar.imagesChanged(Path.of("images"), List.of(Path.of("images/a.jpg"), Path.of("images/b.jpg")));
            bar.showPointer(12.7, 30.2);
            bar.showDraft(new double[] {40, 25});
            bar.showDraft(null);

            bar.loading(1, Path.of("images/b.jpg"));

            assertThat(pointer().getText()).isEmpty();
        });
    }

    @Test
    void leavingTheImageEmptiesThePointerField() {
        onEdt(() -> {
            bar.showPointer(12.7, 30.2);

            bar.pointerLeft();

            assertThat(pointer().getText()).isEmpty();
        });
    }

    /** Swing components belong to the EDT (window tests in the same run fail any repaint off it). */
    private static void onEdt(Runnable test) {
        GuiActionRunner.execute(() -> {
            test.run();
            return null;
        });
    }

    private JLabel pointer() {
        return (JLabel) find(bar, "status.pointer");
    }

    private static Component find(Container container, String name) {
        for (Component child : container.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container inner && find(inner, name) != null) {
                return find(inner, name);
            }
        }
        return null;
    }
}
