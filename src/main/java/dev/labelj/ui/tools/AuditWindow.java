package dev.labelj.ui.tools;

import dev.labelj.assist.audit.Disagreement;
import dev.labelj.dataset.AuditReport;
import dev.labelj.dataset.ImageAudit;
import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;

/**
 * Tools → Compare With Model: a non-modal window whose table fills in as images are compared, most likely
 * mistakes first (any column sorts on a click); counts above, per-class numbers once the run ends, a progress bar
 * and Cancel below. Double-click or Enter opens the row's image in the main window.
 */
final class AuditWindow implements RowMarks {
    private final JDialog dialog;
    private final DisagreementTableModel model;
    private final JTable table;
    private final JLabel counts = new JLabel(" ");
    private final JLabel classes = new JLabel();
    private final JProgressBar progress = new JProgressBar();
    private final JButton cancel = new JButton(Messages.get("tools.cancel"));
    private int found;

    private Consumer<Disagreement> open = d -> { };

    AuditWindow(JFrame owner, Path root, String modelName, Runnable onCancel) {
        model = new DisagreementTableModel(root);
        table = new JTable(model);
        table.setName("auditTable");
        table.setDefaultRenderer(Double.class, new ThreeDecimals());
        TableRowSorter<DisagreementTableModel> sorter = new TableRowSorter<>(model);
        sorter.setSortKeys(List.of(new RowSorter.SortKey(DisagreementTableModel.RANK, SortOrder.DESCENDING)));
        sorter.setSortsOnUpdates(true);
        table.setRowSorter(sorter);
        int[] widths = {60, 220, 140, 80, 80, 60, 60, 70};
        for (int column = 0; column < widths.length; column++) {
            table.getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
        }
        Runnable openSelected = () -> {
            int view = table.getSelectedRow();
            if (view >= 0) {
                open.accept(model.row(table.convertRowIndexToModel(view)));
            }
        };
        RowOpening.onDoubleClickOrEnter(table, openSelected);
        dialog = new JDialog(owner, Messages.get("audit.title", modelName, root.getFileName()), false);
        dialog.setName("auditWindow");
        counts.setName("auditCounts");
        classes.setName("auditClasses");
        progress.setName("auditProgress");
        cancel.setName("auditCancel");
        cancel.addActionListener(e -> onCancel.run());
        JPanel north = new JPanel(new BorderLayout(4, 4));
        north.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        north.add(counts, BorderLayout.NORTH);
        north.add(classes, BorderLayout.CENTER);
        JPanel south = new JPanel(new BorderLayout(8, 0));
        south.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        south.add(progress, BorderLayout.CENTER);
        south.add(cancel, BorderLayout.EAST);
        dialog.add(north, BorderLayout.NORTH);
        dialog.add(new JScrollPane(table), BorderLayout.CENTER);
        dialog.add(south, BorderLayout.SOUTH);
        dialog.setSize(1000, 560);
        Dialogs.closeOnEscape(dialog);
        placeBeside(owner);
    }

    /**
     * Beside the window where the screen has room, else over its right side (the lists), so the image and the
     * label under review stay in sight.
     */
    private void placeBeside(JFrame owner) {
        java.awt.Rectangle screen = owner.getGraphicsConfiguration().getBounds();
        int x = owner.getX() + owner.getWidth();
        if (x + dialog.getWidth() > screen.x + screen.width) {
            x = Math.max(screen.x, screen.x + screen.width - dialog.getWidth());
        }
        dialog.setLocation(x, Math.max(screen.y, owner.getY() + 40));
    }

    /** What double-click and Enter do with a row. */
    void onOpen(Consumer<Disagreement> opener) {
        open = opener;
    }

    JDialog dialog() {
        return dialog;
    }

    void show() {
        dialog.setVisible(true);
    }

    /** Images compared since the last call: their rows join the table, the counts move on. */
    void compared(List<ImageAudit> images, int done, int total) {
        for (ImageAudit image : images) {
            model.add(image.disagreements());
            found += image.disagreements().size();
        }
        progress.setMaximum(Math.max(1, total));
        progress.setValue(done);
        counts.setText(AuditSummaryText.running(done, total, found));
        if (table.getSelectedRow() < 0 && table.getRowCount() > 0) {
            table.setRowSelectionInterval(0, 0);
        }
    }

    void finished(AuditReport report) {
        progress.setValue(progress.getMaximum());
        cancel.setEnabled(false);
        counts.setText(AuditSummaryText.counts(report));
        classes.setText(AuditSummaryText.classes(report));
        if (!report.failures().isEmpty()) {
            counts.setToolTipText(Messages.get("audit.failures", String.join("\n", report.failures())));
        }
    }

    @Override
    public void removed(Disagreement row) {
        model.markRemoved(row);
    }

    @Override
    public void accepted(Disagreement row) {
        model.markAccepted(row);
    }

    @Override
    public void undone(Disagreement row) {
        model.unmark(row);
    }

    /** Rank, score and IoU with three decimals, right-aligned as numbers are. */
    private static final class ThreeDecimals extends DefaultTableCellRenderer {
        ThreeDecimals() {
            setHorizontalAlignment(RIGHT);
        }

        @Override
        protected void setValue(Object value) {
            setText(value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : "");
        }
    }
}
