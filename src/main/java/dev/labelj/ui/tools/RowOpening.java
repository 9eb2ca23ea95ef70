package dev.labelj.ui.tools;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.KeyStroke;

/** A Tools list whose rows open what they name: a double-click on a row, or Enter in the table. */
final class RowOpening {
    private RowOpening() {
    }

    static void onDoubleClickOrEnter(JTable table, Runnable openSelected) {
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    openSelected.run();
                }
            }
        });
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "openRow");
        table.getActionMap().put("openRow", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                openSelected.run();
            }
        });
    }
}
