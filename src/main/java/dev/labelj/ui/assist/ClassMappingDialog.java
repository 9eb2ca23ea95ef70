package dev.labelj.ui.assist;

import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.awt.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.DefaultCellEditor;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

/**
 * Shown once per model, for the model classes that have no class of their name in the list: each can become a
 * class of the list (many to one is fine), be added as a new class under its own name, or be ignored.
 */
final class ClassMappingDialog {
    static final String TABLE = "modelClassTable";

    private ClassMappingDialog() {
    }

    /** Model class name to what it becomes ("" ignores it); empty when the user cancels. */
    static Optional<Map<String, String>> ask(Component parent, String modelName, List<String> unmatched,
            List<String> classes) {
        String ignore = Messages.get("assist.mapping.ignore");
        String add = Messages.get("assist.mapping.add");
        DefaultTableModel model = new DefaultTableModel(new Object[] {Messages.get("assist.mapping.modelClass"),
            Messages.get("assist.mapping.becomes")}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return column == 1;
            }
        };
        unmatched.forEach(name -> model.addRow(new Object[] {name, add}));
        List<String> choices = new ArrayList<>(List.of(add, ignore));
        choices.addAll(classes);
        JTable table = new JTable(model);
        table.setName(TABLE);
        table.getColumnModel().getColumn(1).setCellEditor(new DefaultCellEditor(new JComboBox<>(
                choices.toArray(new String[0]))));
        table.setRowHeight(table.getRowHeight() + 4);
        JPanel content = new JPanel(new BorderLayout(0, 8));
        JLabel intro = new JLabel("<html><body style='width:360px'>"
                + escaped(Messages.get("assist.mapping.intro", modelName)) + "</body></html>");
        content.add(intro, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new java.awt.Dimension(420, Math.min(320, 40 + 26 * unmatched.size())));
        content.add(scroll, BorderLayout.CENTER);
        content.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        int answer = JOptionPane.showConfirmDialog(parent, content, Messages.get("assist.mapping.title"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        if (table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
        if (answer != JOptionPane.OK_OPTION) {
            return Optional.empty();
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        for (int row = 0; row < model.getRowCount(); row++) {
            String name = (String) model.getValueAt(row, 0);
            String choice = String.valueOf(model.getValueAt(row, 1));
            chosen.put(name, choice.equals(ignore) ? "" : choice.equals(add) ? name : choice);
        }
        return Optional.of(chosen);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
