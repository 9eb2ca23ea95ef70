package dev.labelj.ui.panels;

import java.awt.EventQueue;
import java.awt.event.MouseEvent;
import java.util.function.Supplier;
import javax.swing.JPopupMenu;
import javax.swing.JTable;

/**
 * The box list's table. A mouse press on a check box column toggles that flag and leaves the selection
 * alone, so hiding one box or marking it difficult does not undo a multi-selection.
 */
final class BoxTable extends JTable {
    private Supplier<JPopupMenu> popupSource;
    private JPopupMenu popup;

    BoxTable(BoxTableModel model) {
        super(model);
    }

    /** The right-click menu, made when it is first wanted (not while the window is built). */
    void setPopupSource(Supplier<JPopupMenu> source) {
        popupSource = source;
        popup = null;
    }

    @Override
    public JPopupMenu getComponentPopupMenu() {
        if (popup == null && popupSource != null) {
            popup = popupSource.get();
        }
        return popup != null ? popup : super.getComponentPopupMenu();
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
