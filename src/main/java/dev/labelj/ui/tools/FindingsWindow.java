package dev.labelj.ui.tools;

import dev.labelj.dataset.Finding;
import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;

/** Tools → Validate Dataset: a sortable table of findings; double-click or Enter opens the finding's image. */
final class FindingsWindow {
    private FindingsWindow() {
    }

    static JDialog show(JFrame owner, Path root, List<Finding> findings, Consumer<Finding> open) {
        FindingsTableModel model = new FindingsTableModel(root, findings);
        JTable table = new JTable(model);
        table.setName("findingsTable");
        table.setAutoCreateRowSorter(true);
        table.getColumnModel().getColumn(1).setPreferredWidth(180);
        table.getColumnModel().getColumn(4).setPreferredWidth(480);
        Runnable openSelected = () -> {
            int view = table.getSelectedRow();
            if (view >= 0) {
                open.accept(model.finding(table.convertRowIndexToModel(view)));
            }
        };
        RowOpening.onDoubleClickOrEnter(table, openSelected);
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        JDialog dialog = new JDialog(owner, Messages.get("tools.validateTitle", root), false);
        dialog.setName("findingsWindow");
        dialog.add(new JScrollPane(table), BorderLayout.CENTER);
        JLabel summary = new JLabel(Messages.get("tools.findingsSummary", errors, findings.size() - errors));
        summary.setName("findingsSummary");
        dialog.add(summary, BorderLayout.SOUTH);
        dialog.setSize(1000, 360);
        Dialogs.closeOnEscape(dialog);
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        return dialog;
    }
}
