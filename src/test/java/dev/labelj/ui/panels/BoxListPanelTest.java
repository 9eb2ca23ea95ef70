package dev.labelj.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import java.awt.Color;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** The box list's state and callbacks, without a window. */
class BoxListPanelTest {
    private static final List<Box> THREE = List.of(Box.of("dog", 1, 2, 30, 40), Box.of("cat", 5, 5, 9, 9),
            Box.of("dog", 1, 2, 30, 40));
    private final List<Set<Integer>> selections = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> edits = Collections.synchronizedList(new ArrayList<>());

    private BoxListPanel panel() {
        return GuiActionRunner.execute(() -> {
            BoxListPanel panel = new BoxListPanel(label -> Color.ORANGE);
            panel.onSelectionChanged(selections::add);
            panel.onEditLabel(edits::add);
            panel.setBoxes(THREE);
            return panel;
        });
    }

    @Test
    void oneRowPerBoxEvenForEqualBoxes() {
        BoxListPanel panel = panel();
        assertThat(GuiActionRunner.execute(() -> panel.table().getRowCount())).isEqualTo(3);
        assertThat(GuiActionRunner.execute(() -> panel.table().getValueAt(2, BoxTableModel.LABEL))).isEqualTo("dog");
        assertThat(GuiActionRunner.execute(() -> panel.table().getValueAt(1, BoxTableModel.VISIBLE))).isEqualTo(true);
    }

    @Test
    void selectionSetFromOutsideIsShownButNotEchoed() {
        BoxListPanel panel = panel();
        GuiActionRunner.execute(() -> panel.showSelection(Set.of(0, 2)));
        assertThat(GuiActionRunner.execute(panel::selection)).containsExactly(0, 2);
        assertThat(selections).isEmpty();
    }

    @Test
    void aSelectionMadeInTheTableIsReported() {
        BoxListPanel panel = panel();
        GuiActionRunner.execute(() -> panel.table().getSelectionModel().setSelectionInterval(1, 2));
        assertThat(selections).containsExactly(Set.of(1, 2));
    }

    @Test
    void newBoxesWithTheSameCountKeepTheSelectionAndVisibility() {
        BoxListPanel panel = panel();
        GuiActionRunner.execute(() -> {
            panel.showSelection(Set.of(1));
            panel.setHiddenRows(Set.of(2));
            panel.setBoxes(List.of(THREE.get(0), THREE.get(1).withLabel("lynx"), THREE.get(2)));
        });
        assertThat(GuiActionRunner.execute(panel::selection)).containsExactly(1);
        assertThat(GuiActionRunner.execute(panel::hiddenRows)).containsExactly(2);
        assertThat(GuiActionRunner.execute(() -> panel.table().getValueAt(1, BoxTableModel.LABEL))).isEqualTo("lynx");
        assertThat(selections).isEmpty();
    }

    @Test
    void aDifferentRowCountClearsSelectionAndVisibilityWithoutEcho() {
        BoxListPanel panel = panel();
        GuiActionRunner.execute(() -> {
            panel.showSelection(Set.of(1));
            panel.setHiddenRows(Set.of(0));
            panel.setBoxes(THREE.subList(0, 2));
        });
        assertThat(GuiActionRunner.execute(panel::selection)).isEmpty();
        assertThat(GuiActionRunner.execute(panel::hiddenRows)).isEmpty();
        assertThat(selections).isEmpty();
    }

    @Test
    void onlyHiddenRowsAreGreyedWhateverOrderTheyArePaintedIn() {
        BoxListPanel panel = panel();
        GuiActionRunner.execute(() -> {
            panel.setHiddenRows(Set.of(1));
            javax.swing.JTable table = panel.table();
            java.awt.Color hidden = table.prepareRenderer(table.getCellRenderer(1, 0), 1, 0).getForeground();
            java.awt.Color shown = table.prepareRenderer(table.getCellRenderer(2, 0), 2, 0).getForeground();
            assertThat(hidden).isNotEqualTo(table.getForeground());
            assertThat(shown).isEqualTo(table.getForeground());
        });
    }

    @Test
    void enterEditsTheLeadSelectedRow() {
        BoxListPanel panel = panel();
        GuiActionRunner.execute(() -> {
            panel.showSelection(Set.of(2));
            Object key = panel.table().getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                    .get(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0));
            panel.table().getActionMap().get(key).actionPerformed(new ActionEvent(panel.table(), 0, ""));
        });
        assertThat(edits).containsExactly(2);
    }

    @Test
    void noCellCanBeEditedInPlace() {
        BoxListPanel panel = panel();
        assertThat(GuiActionRunner.execute(() -> panel.table().isCellEditable(0, BoxTableModel.LABEL)
                || panel.table().isCellEditable(0, BoxTableModel.DIFFICULT)
                || panel.table().isCellEditable(0, BoxTableModel.VISIBLE))).isFalse();
    }

    @Test
    void theTableHasNoBindingForTheSingleKeyCommands() {
        BoxListPanel panel = panel();
        GuiActionRunner.execute(() -> {
            for (KeyStroke key : AppKeys.singleKeys()) {
                for (int condition : new int[] {JComponent.WHEN_FOCUSED, JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT}) {
                    Object binding = panel.table().getInputMap(condition).get(key);
                    assertThat(binding == null ? null : panel.table().getActionMap().get(binding))
                            .as(key + " in input map " + condition).isNull();
                }
            }
        });
    }
}
