package dev.labelj.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.GuiTest;
import dev.labelj.support.GuiTests;
import dev.labelj.support.RestoreLookAndFeel;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.table.TableCellRenderer;
import com.formdev.flatlaf.FlatLightLaf;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * F1's table as it opens on a 1600 px wide screen: every key and command is whole, a description is whole or
 * whole in its tooltip, and the dialog is a dialog on the screen, not a band across it.
 */
@ExtendWith(RestoreLookAndFeel.class)
@GuiTest
class ShortcutsDialogGuiTest {
    private JFrame owner;
    private JDialog dialog;

    @BeforeAll
    static void display() {
        GuiTests.requireDisplay();
    }

    @AfterEach
    void close() {
        GuiActionRunner.execute(() -> {
            if (dialog != null) {
                dialog.dispose();
            }
            owner.dispose();
        });
    }

    @Test
    void everyKeyAndCommandIsWholeAndEveryDescriptionReadableInBothTabs() {
        List<String> clipped = GuiActionRunner.execute(() -> {
            FlatLightLaf.setup();
            owner = new JFrame();
            owner.setBounds(100, 100, 1400, 750);
            dialog = ShortcutsDialog.show(owner);
            List<String> found = new ArrayList<>();
            for (ActionId.Scope scope : ActionId.Scope.values()) {
                JTable table = find(dialog, "shortcuts." + scope.name());
                table.getParent().getParent().validate();
                found.addAll(clippedCells(table, 0));
                found.addAll(clippedCells(table, 1));
                found.addAll(clippedCells(table, 2).stream()
                        .filter(cut -> !tooltipIsWhole(table, Integer.parseInt(cut.substring(0, cut.indexOf(':')))))
                        .toList());
            }
            return found;
        });

        assertThat(clipped).isEmpty();
        Rectangle screen = GuiActionRunner.execute(() -> GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getMaximumWindowBounds());
        Rectangle bounds = GuiActionRunner.execute(() -> dialog.getBounds());
        assertThat(screen.contains(bounds)).as("on the screen").isTrue();
        assertThat(bounds.width).as("width").isLessThan(screen.width * 3 / 4);
    }

    private static List<String> clippedCells(JTable table, int column) {
        List<String> clipped = new ArrayList<>();
        int width = table.getColumnModel().getColumn(column).getWidth();
        for (int row = 0; row < table.getRowCount(); row++) {
            TableCellRenderer renderer = table.getCellRenderer(row, column);
            Component cell = table.prepareRenderer(renderer, row, column);
            int needed = cell.getPreferredSize().width + table.getIntercellSpacing().width;
            if (needed > width) {
                clipped.add(row + ": " + table.getName() + ": '" + table.getValueAt(row, column) + "' needs " + needed
                        + " px, has " + width);
            }
        }
        return clipped;
    }

    /** The tooltip of a description cell carries its whole text. */
    private static boolean tooltipIsWhole(JTable table, int row) {
        JComponent cell = (JComponent) table.prepareRenderer(table.getCellRenderer(row, 2), row, 2);
        return String.valueOf(table.getValueAt(row, 2)).equals(cell.getToolTipText());
    }

    private static JTable find(Component component, String name) {
        if (component instanceof JTable table && name.equals(table.getName())) {
            return table;
        }
        if (component instanceof java.awt.Container container) {
            for (Component child : container.getComponents()) {
                JTable found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
