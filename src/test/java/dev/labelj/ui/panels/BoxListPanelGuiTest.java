package dev.labelj.ui.panels;

import dev.labelj.support.GuiTest;
import dev.labelj.support.GuiTests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import dev.labelj.settings.Theme;
import dev.labelj.support.AppFixture;
import dev.labelj.ui.support.ThemeSupport;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The box list in a real window, used with the mouse and keyboard. */
@GuiTest
class BoxListPanelGuiTest {
    private static final List<Box> BOXES = List.of(Box.of("dog", 1, 2, 30, 40), Box.of("cat", 5, 5, 9, 9),
            Box.of("dolphin", 10, 10, 50, 50));
    private final List<Set<Integer>> selections = Collections.synchronizedList(new ArrayList<>());
    private final List<String> toggles = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> edits = Collections.synchronizedList(new ArrayList<>());
    private FrameFixture window;
    private KeyWindow keys;
    private BoxListPanel panel;

    @BeforeAll
    static void display() {
        AppFixture.setUpClass();
        GuiActionRunner.execute(() -> ThemeSupport.ensure(Theme.LIGHT));
    }

    @BeforeEach
    void show() {
        keys = GuiActionRunner.execute(() -> {
            panel = new BoxListPanel(label -> Color.CYAN);
            panel.onSelectionChanged(selections::add);
            panel.onDifficultToggled((row, on) -> toggles.add("difficult " + row + " " + on));
            panel.onVisibleToggled((row, on) -> toggles.add("visible " + row + " " + on));
            panel.onEditLabel(edits::add);
            panel.setBoxes(BOXES);
            return new KeyWindow(panel);
        });
        window = new FrameFixture(keys.frame());
        window.show(new Dimension(360, 300));
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private JTableFixture table() {
        return window.table("boxList");
    }

    private Set<Integer> selection() {
        return GuiActionRunner.execute(panel::selection);
    }

    @Test
    void singleKeysLeaveTheSelectionAndReachTheWindow() {
        table().cell(TableCell.row(0).column(BoxTableModel.LABEL)).click();
        table().pressAndReleaseKeys(KeyEvent.VK_D, KeyEvent.VK_SPACE, KeyEvent.VK_DELETE, KeyEvent.VK_1,
                KeyEvent.VK_W, KeyEvent.VK_A);
        window.robot().waitForIdle();
        assertThat(selection()).containsExactly(0);
        assertThat(keys.commands()).containsExactly("D", "Space", "Delete", "1", "W", "A");
        assertThat(GuiActionRunner.execute(() -> panel.table().isEditing())).isFalse();
    }

    @Test
    void keysOnACheckBoxCellStartNoEditorEither() {
        table().cell(TableCell.row(1).column(BoxTableModel.LABEL)).click();
        // Tab moves to the difficult cell (the arrows are window commands: they nudge boxes)
        table().pressAndReleaseKeys(KeyEvent.VK_TAB, KeyEvent.VK_SPACE, KeyEvent.VK_D);
        window.robot().waitForIdle();
        assertThat(GuiActionRunner.execute(() -> panel.table().getSelectedColumn()))
                .isEqualTo(BoxTableModel.DIFFICULT);
        assertThat(GuiActionRunner.execute(() -> panel.table().isEditing())).isFalse();
        assertThat(toggles).isEmpty();
        assertThat(keys.commands()).containsExactly("Space", "D");
    }

    @Test
    void spaceOnAnUnselectedLeadRowDoesNotAddItToTheSelection() {
        // the table's own Space binding ("add to selection") only acts when the lead row is unselected
        table().cell(TableCell.row(1).column(BoxTableModel.LABEL)).click();
        table().pressKey(KeyEvent.VK_CONTROL);
        table().cell(TableCell.row(1).column(BoxTableModel.LABEL)).click();
        table().releaseKey(KeyEvent.VK_CONTROL);
        table().pressAndReleaseKeys(KeyEvent.VK_SPACE);
        window.robot().waitForIdle();
        assertThat(selection()).isEmpty();
        assertThat(keys.commands()).containsExactly("Space");
    }

    @Test
    void clicksAndControlClicksAreReportedAsTheSelection() {
        table().cell(TableCell.row(0).column(BoxTableModel.LABEL)).click();
        table().pressKey(KeyEvent.VK_CONTROL);
        table().cell(TableCell.row(2).column(BoxTableModel.LABEL)).click();
        table().releaseKey(KeyEvent.VK_CONTROL);
        assertThat(selections).containsExactly(Set.of(0), Set.of(0, 2));
    }

    @Test
    void clickingTheCheckBoxesTogglesThemAndKeepsTheSelection() {
        table().cell(TableCell.row(0).column(BoxTableModel.LABEL)).click();
        table().cell(TableCell.row(1).column(BoxTableModel.DIFFICULT)).click();
        table().cell(TableCell.row(2).column(BoxTableModel.VISIBLE)).click();
        assertThat(toggles).containsExactly("difficult 1 true", "visible 2 false");
        assertThat(selection()).containsExactly(0);
        assertThat(GuiActionRunner.execute(panel::hiddenRows)).containsExactly(2);
        assertThat(GuiActionRunner.execute(() -> panel.table().getValueAt(1, BoxTableModel.DIFFICULT))).isEqualTo(true);
    }

    private static final long MULTI_CLICK_PAUSE_MS = 700;

    private static java.awt.Point centre(java.awt.Rectangle cell) {
        return new java.awt.Point((int) cell.getCenterX(), (int) cell.getCenterY());
    }

    @Test
    void doubleClickOnALabelOrEnterAsksToEditIt() {
        // a first click focuses the window, as a user's window already is; its press must not count
        table().cell(TableCell.row(0).column(BoxTableModel.LABEL)).click();
        window.robot().waitForIdle();
        // let the multi-click interval pass, so the double click's first press is not counted with that click
        org.assertj.swing.timing.Pause.pause(MULTI_CLICK_PAUSE_MS);
        GuiTests.doubleClick(window.robot(), panel.table(),
                GuiActionRunner.execute(() -> centre(panel.table().getCellRect(1, BoxTableModel.LABEL, true))));
        table().cell(TableCell.row(2).column(BoxTableModel.LABEL)).click();
        table().pressAndReleaseKeys(KeyEvent.VK_ENTER);
        assertThat(edits).containsExactly(1, 2);
        assertThat(selection()).as("Enter does not move to the next row").containsExactly(2);
    }
}
