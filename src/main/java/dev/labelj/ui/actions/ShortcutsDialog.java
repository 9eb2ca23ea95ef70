package dev.labelj.ui.actions;

import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.awt.Dimension;
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
import javax.swing.table.AbstractTableModel;

/** Help → Keyboard Shortcuts: the {@link ShortcutTable} of each window, in the interface's language. */
public final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    /** Opens the dialog over {@code owner} (not modal: it can stay open while the user works). */
    public static JDialog show(Window owner) {
        JDialog dialog = new JDialog(owner, Messages.get("shortcuts.title"));
        dialog.setName("shortcutsDialog");
        JTabbedPane tabs = new JTabbedPane();
        for (ActionId.Scope scope : ActionId.Scope.values()) {
            String tab = Messages.get("shortcuts.scope." + scope.name().toLowerCase(java.util.Locale.ROOT));
            tabs.addTab(tab, new JScrollPane(table(scope)));
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
        dialog.setSize(new Dimension(760, 560));
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        return dialog;
    }

    private static JTable table(ActionId.Scope scope) {
        JTable table = new JTable(new RowsModel(ShortcutTable.rows(scope, Messages::get)));
        table.setName("shortcuts." + scope.name());
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(170);
        table.getColumnModel().getColumn(1).setPreferredWidth(170);
        table.getColumnModel().getColumn(2).setPreferredWidth(400);
        return table;
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
