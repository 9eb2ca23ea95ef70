package dev.labelj.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import dev.labelj.settings.Theme;
import dev.labelj.support.AppFixture;
import dev.labelj.support.GuiTest;
import dev.labelj.ui.support.ThemeSupport;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import javax.swing.JList;
import javax.swing.JScrollPane;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real key presses on a focused list inside a window: its first-letter search must not move the
 * selection, and the window's D binding must still run.
 */
@GuiTest
class FileListKeysGuiTest {
    private static final String[] NAMES = {"alpha.jpg", "beta.jpg", "delta.jpg", "dog.jpg", "whale.jpg"};
    private FrameFixture window;
    private KeyWindow keys;
    private JList<String> list;

    @BeforeAll
    static void display() {
        AppFixture.setUpClass();
        GuiActionRunner.execute(() -> ThemeSupport.ensure(Theme.LIGHT));
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
        GuiActionRunner.execute(() -> ThemeSupport.ensure(Theme.LIGHT));
    }

    private void show(boolean withFix) {
        keys = GuiActionRunner.execute(() -> {
            list = new JList<>(NAMES);
            list.setName("files");
            if (withFix) {
                FileListKeys.apply(list);
            }
            return new KeyWindow(new JScrollPane(list));
        });
        window = new FrameFixture(keys.frame());
        window.show(new Dimension(300, 300));
        window.list("files").clickItem(0);
    }

    private int selected() {
        return GuiActionRunner.execute(() -> list.getSelectedIndex());
    }

    @Test
    void withoutTheFixAPlainListJumpsToTheFirstNameStartingWithD() {
        show(false);
        window.list("files").pressAndReleaseKeys(KeyEvent.VK_D);
        window.robot().waitForIdle();
        assertThat(selected()).as("the harness sees the bug it guards against").isEqualTo(2);
    }

    @Test
    void dLeavesTheSelectionAndReachesTheWindow() {
        show(true);
        window.list("files").pressAndReleaseKeys(KeyEvent.VK_D, KeyEvent.VK_W, KeyEvent.VK_A);
        window.robot().waitForIdle();
        assertThat(selected()).isZero();
        assertThat(keys.commands()).containsExactly("D", "W", "A");
    }

    @Test
    void spaceAndTheArrowsReachTheWindowAndLeaveTheListAlone() {
        // the arrows nudge the selected boxes wherever focus is, as the issue asks; they must not flip images
        show(true);
        window.list("files").pressAndReleaseKeys(KeyEvent.VK_SPACE, KeyEvent.VK_DOWN);
        window.robot().waitForIdle();
        assertThat(keys.commands()).containsExactly("Space", "Down");
        assertThat(selected()).isZero();
    }

    @Test
    void theFixSurvivesALookAndFeelChange() {
        show(true);
        GuiActionRunner.execute(() -> {
            FlatDarkLaf.setup();
            FlatLaf.updateUI();
        });
        window.list("files").clickItem(0);
        window.list("files").pressAndReleaseKeys(KeyEvent.VK_D);
        window.robot().waitForIdle();
        assertThat(selected()).isZero();
        assertThat(keys.commands()).containsExactly("D");
    }
}
