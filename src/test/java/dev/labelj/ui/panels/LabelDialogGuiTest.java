package dev.labelj.ui.panels;

import dev.labelj.support.GuiTest;
import dev.labelj.support.GuiTests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.settings.Theme;
import dev.labelj.support.AppFixture;
import dev.labelj.ui.support.ThemeSupport;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The label dialog shown modally over a real window and answered with real key presses and clicks. */
@GuiTest
class LabelDialogGuiTest {
    private static final List<String> CLASSES = List.of("dog", "person", "cat", "hotdog", "\u732b\u54aa");
    private FrameFixture owner;
    private CompletableFuture<Optional<String>> answer;
    private DialogFixture dialog;

    @BeforeAll
    static void display() {
        AppFixture.setUpClass();
        GuiActionRunner.execute(() -> ThemeSupport.ensure(Theme.LIGHT));
    }

    @BeforeEach
    void showOwner() {
        JFrame frame = GuiActionRunner.execute(() -> new JFrame("owner"));
        owner = new FrameFixture(frame);
        owner.show(new Dimension(900, 640));
        owner.moveTo(new Point(60, 60));
    }

    @AfterEach
    void close() {
        owner.cleanUp();
    }

    private void ask(String preselected, Point near) {
        answer = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> answer.complete(LabelDialog.ask(owner.target(), CLASSES, preselected, near)));
        dialog = owner.dialog("labelDialog");
        JTextField field = (JTextField) dialog.textBox("labelField").target();
        Pause.pause(new Condition("the label field has the focus") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(field::isFocusOwner);
            }
        }, Timeout.timeout(5000));
    }

    private void press(int... keys) {
        owner.robot().pressAndReleaseKeys(keys);
    }

    private Optional<String> result() throws Exception {
        return answer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aPrefixAndEnterGiveTheCompletedName() throws Exception {
        ask("dog", null);
        press(KeyEvent.VK_P, KeyEvent.VK_E);
        dialog.textBox("labelField").requireText("person");
        press(KeyEvent.VK_ENTER);
        assertThat(result()).contains("person");
    }

    @Test
    void enterAtOnceRepeatsThePreviousLabel() throws Exception {
        ask("\u732b\u54aa", null);
        press(KeyEvent.VK_ENTER);
        assertThat(result()).contains("\u732b\u54aa");
        assertThat(GuiActionRunner.execute(() -> dialog.target().getFont().canDisplayUpTo("\u732b\u54aa")))
                .as("the dialog's font shows Chinese").isEqualTo(-1);
    }

    @Test
    void aNewLabelIsAccepted() throws Exception {
        ask("dog", null);
        press(KeyEvent.VK_B, KeyEvent.VK_I, KeyEvent.VK_R, KeyEvent.VK_D, KeyEvent.VK_SPACE);
        press(KeyEvent.VK_ENTER);
        assertThat(result()).contains("bird");
    }

    @Test
    void aTypedPrefixOfAKnownNameStaysNewAfterBackspace() throws Exception {
        ask(null, null);
        press(KeyEvent.VK_C, KeyEvent.VK_A, KeyEvent.VK_BACK_SPACE, KeyEvent.VK_ENTER);
        assertThat(result()).contains("ca");
    }

    @Test
    void aBlankLabelIsRefusedAndEscapeThenCancels() throws Exception {
        ask(null, null);
        press(KeyEvent.VK_SPACE, KeyEvent.VK_ENTER);
        owner.robot().waitForIdle();
        assertThat(answer).isNotDone();
        dialog.requireVisible();
        assertThat(dialog.label("labelMessage").text()).isNotBlank();
        press(KeyEvent.VK_ESCAPE);
        assertThat(result()).isEmpty();
    }

    @Test
    void escapeGivesNothing() throws Exception {
        ask("dog", null);
        press(KeyEvent.VK_C, KeyEvent.VK_ESCAPE);
        assertThat(result()).isEmpty();
    }

    @Test
    void cancelGivesNothing() throws Exception {
        ask("dog", null);
        dialog.button("labelCancel").click();
        assertThat(result()).isEmpty();
    }

    @Test
    void downMovesIntoTheListAndEnterTakesTheRowChosen() throws Exception {
        ask(null, null);
        press(KeyEvent.VK_DOWN);
        dialog.list("labelList").requireFocused();
        dialog.textBox("labelField").requireText("dog");
        press(KeyEvent.VK_DOWN, KeyEvent.VK_ENTER);
        assertThat(result()).contains("person");
    }

    @Test
    void tabAlsoMovesIntoTheList() throws Exception {
        ask(null, null);
        press(KeyEvent.VK_TAB);
        dialog.list("labelList").requireFocused();
        dialog.textBox("labelField").requireText("dog");
    }

    @Test
    void oneClickFillsTheFieldAndADoubleClickAccepts() throws Exception {
        ask("dog", null);
        dialog.list("labelList").item("cat").click();
        dialog.textBox("labelField").requireText("cat");
        assertThat(answer).isNotDone();
        // let the multi-click interval pass, so the double click's first press is not counted with that click
        org.assertj.swing.timing.Pause.pause(700);
        javax.swing.JList<?> list = dialog.list("labelList").target();
        int row = GuiActionRunner.execute(() -> {
            for (int i = 0; i < list.getModel().getSize(); i++) {
                if ("hotdog".equals(String.valueOf(list.getModel().getElementAt(i)))) {
                    return i;
                }
            }
            return -1;
        });
        java.awt.Rectangle cell = GuiActionRunner.execute(() -> list.getCellBounds(row, row));
        GuiTests.doubleClick(dialog.robot(), list, new java.awt.Point((int) cell.getCenterX(), (int) cell.getCenterY()));
        assertThat(result()).contains("hotdog");
    }

    @Test
    void itOpensWithItsFieldUnderTheMouse() throws Exception {
        Point near = new Point(500, 400);
        ask("dog", near);
        Rectangle field = GuiActionRunner.execute(() -> {
            JTextField target = (JTextField) dialog.textBox("labelField").target();
            return new Rectangle(target.getLocationOnScreen(), target.getSize());
        });
        assertThat(field.contains(near)).as(field + " holds " + near).isTrue();
        press(KeyEvent.VK_ESCAPE);
        assertThat(result()).isEmpty();
    }

    @Test
    void nearTheScreenCornerItStaysOnScreen() throws Exception {
        Rectangle screen = GuiActionRunner.execute(() -> GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getDefaultScreenDevice().getDefaultConfiguration().getBounds());
        ask("dog", new Point(screen.x + screen.width - 2, screen.y + screen.height - 2));
        Rectangle bounds = GuiActionRunner.execute(() -> dialog.target().getBounds());
        assertThat(screen.contains(bounds)).as(bounds + " inside " + screen).isTrue();
        press(KeyEvent.VK_ENTER);
        assertThat(result()).contains("dog");
    }
}
