package dev.labelj.ui.actions;

import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ScrollPaneConstants;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;

/** Help → Keyboard Shortcuts: the {@link ShortcutTable} of each window, in the interface's language. */
public final class ShortcutsDialog {
    /** Room beyond a cell's text, so the longest entry does not touch the next column. */
    private static final int CELL_ROOM_PX = 12;
    /** The scroll pane's and tab's borders around the table. */
    private static final int FRAME_PX = 8;
    private static final int TABLE_HEIGHT_PX = 480;
    private static final int DESCRIPTION_MAX_PX = 520;

    private ShortcutsDialog() {
    }

    /** Opens the dialog over {@code owner} (not modal: it can stay open while the user works). */
    public static JDialog show(Window owner) {
        JDialog dialog = new JDialog(owner, Messages.get("shortcuts.title"));
        dialog.setName("shortcutsDialog");
        JTabbedPane tabs = new JTabbedPane();
        for (ActionId.Scope scope : ActionId.Scope.values()) {
            String tab = Messages.get("shortcuts.scope." + scope.name().toLowerCase(java.util.Locale.ROOT));
            JTable table = table(scope);
            JScrollPane scroll = new JScrollPane(table, ScrollPaneConstants.VERTICAL_SCROLLBAR_ALWAYS,
                    ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
            int barWidth = scroll.getVerticalScrollBar().getPreferredSize().width;
            scroll.setPreferredSize(new Dimension(fitColumns(table) + barWidth + FRAME_PX, TABLE_HEIGHT_PX));
            tabs.addTab(tab, scroll);
        }
        JButton close = new JButton(Messages.get("shortcuts.close"));
        close.setName("shortcutsClose");
        close.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new BorderLayout());
        buttons.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        buttons.add(close, BorderLayout.EAST);
        dialog.add(tabs, BorderLayout.CENTER);
        dialog.add(buttons, BorderLayout.SOUTH);
        dialog.getRootPane().setDefaultButton(close);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.pack();
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        // on a narrow screen only the description column gives up room (AUTO_RESIZE_LAST_COLUMN)
        dialog.setSize(Math.min(dialog.getWidth(), screen.width), Math.min(dialog.getHeight(), screen.height));
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        return dialog;
    }

    private static JTable table(ActionId.Scope scope) {
        JTable table = new JTable(new RowsModel(ShortcutTable.rows(scope, Messages::get)));
        table.setName("shortcuts." + scope.name());
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_LAST_COLUMN);
        table.getColumnModel().getColumn(2).setCellRenderer(new DescriptionRenderer());
        return table;
    }

    /**
     * Makes each column as wide as its widest cell or header (measured with the table's own renderers, so in the
     * interface's language and font); the key and command columns never get narrower. Returns the table's width.
     */
    private static int fitColumns(JTable table) {
        int total = 0;
        for (int column = 0; column < table.getColumnCount(); column++) {
            TableColumn tableColumn = table.getColumnModel().getColumn(column);
            int width = table.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(table,
                    tableColumn.getHeaderValue(), false, false, -1, column).getPreferredSize().width;
            for (int row = 0; row < table.getRowCount(); row++) {
                Component cell = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
                width = Math.max(width, cell.getPreferredSize().width);
            }
            width += table.getIntercellSpacing().width + CELL_ROOM_PX;
            if (column < table.getColumnCount() - 1) {
                tableColumn.setMinWidth(width);
            } else {
                // a few tips run to a long sentence: those show whole as a tooltip (DescriptionRenderer)
                width = Math.min(width, DESCRIPTION_MAX_PX);
            }
            tableColumn.setPreferredWidth(width);
            total += width;
        }
        return total;
    }

    /** A description cut by its column's width shows whole as the cell's tooltip. */
    private static final class DescriptionRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected,
                boolean hasFocus, int row, int column) {
            super.getTableCellRendererComponent(table, value, isSelected, hasFocus, row, column);
            boolean cut = getPreferredSize().width > table.getColumnModel().getColumn(column).getWidth();
            setToolTipText(cut ? String.valueOf(value) : null);
            return this;
        }
    }

    private static final class RowsModel extends AbstractTableModel {
        private final List<ShortcutTable.Row> rows;
        private final String[] columns = {Messages.get("shortcuts.key"), Messages.get("shortcuts.command"),
            Messages.get("shortcuts.description")};

        RowsModel(List<ShortcutTable.Row> rows) {
            this.rows = rows;
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int column) {
            return columns[column];
        }

        @Override
        public Object getValueAt(int rowIndex, int column) {
            ShortcutTable.Row row = rows.get(rowIndex);
            return switch (column) {
                case 0 -> row.keyText();
                case 1 -> row.name();
                default -> row.description();
            };
        }
    }
}
