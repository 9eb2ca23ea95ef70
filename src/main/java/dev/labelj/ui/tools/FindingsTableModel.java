package dev.labelj.ui.tools;

import dev.labelj.dataset.Finding;
import dev.labelj.ui.support.Messages;
import java.nio.file.Path;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The Validate table: severity, file (relative to the folder), line, box, message; one row per finding. */
final class FindingsTableModel extends AbstractTableModel {
    static final String[] COLUMNS = {"tools.col.severity", "tools.col.file", "tools.col.line", "tools.col.box",
            "tools.col.message"};
    private final Path root;
    private final List<Finding> findings;

    FindingsTableModel(Path root, List<Finding> findings) {
        this.root = root.toAbsolutePath().normalize();
        this.findings = List.copyOf(findings);
    }

    Finding finding(int row) {
        return findings.get(row);
    }

    @Override
    public int getRowCount() {
        return findings.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return Messages.get(COLUMNS[column]);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 2 || column == 3 ? Integer.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        Finding f = findings.get(row);
        return switch (column) {
            case 0 -> f.severity().name().toLowerCase(java.util.Locale.ROOT);
            case 1 -> shown(f.file());
            case 2 -> f.line();
            case 3 -> f.box();
            default -> f.code() + ": " + f.message();
        };
    }

    private String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
