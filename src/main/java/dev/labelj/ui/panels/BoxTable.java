package dev.labelj.ui.panels;

import java.awt.EventQueue;
import java.awt.event.MouseEvent;
import javax.swing.JTable;

/**
 * The box list's table. A mouse press on a check box column toggles that flag and leaves the selection
 * alone, so hiding one box or marking it difficult does not undo a multi-selection.
 */
final class BoxTable extends JTable {
    BoxTable(BoxTableModel model) {
        super(model);
    }

    static boolean isCheckColumn(int modelColumn) {
        return modelColumn == BoxTableModel.DIFFICULT || modelColumn == BoxTableModel.VISIBLE;
    }

    @Override
    public void changeSelection(int row, int column, boolean toggle, boolean extend) {
        if (EventQueue.getCurrentEvent() instanceof MouseEvent && column >= 0
                && isCheckColumn(convertColumnIndexToModel(column))) {
            return;
        }
        super.changeSelection(row, column, toggle, extend);
    }
}
