package dev.labelj.ui.tools;

import dev.labelj.assist.audit.Disagreement;
import dev.labelj.ui.support.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.table.AbstractTableModel;

/**
 * The Compare With Model table: rank, image (relative to the folder), kind, label, model's class, score, IoU and
 * what the user did with it (fix accepted, label removed); rows are added as images are compared, on the EDT.
 */
final class DisagreementTableModel extends AbstractTableModel {
    static final int RANK = 0;
    private static final String[] COLUMNS = {"audit.col.rank", "audit.col.image", "audit.col.kind",
            "audit.col.label", "audit.col.predicted", "audit.col.score", "audit.col.iou", "audit.col.state"};
    private final Path root;
    private final List<Disagreement> rows = new ArrayList<>();
    /** What the user did with a row: the bundle key of the word shown in the Done column. */
    private final Map<Disagreement, String> done = new IdentityHashMap<>();

    DisagreementTableModel(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    void add(List<Disagreement> more) {
        if (more.isEmpty()) {
            return;
        }
        int first = rows.size();
        rows.addAll(more);
        fireTableRowsInserted(first, rows.size() - 1);
    }

    Disagreement row(int index) {
        return rows.get(index);
    }

    void markAccepted(Disagreement disagreement) {
        mark(disagreement, "audit.accepted");
    }

    void markRemoved(Disagreement disagreement) {
        mark(disagreement, "audit.removed");
    }

    void unmark(Disagreement disagreement) {
        mark(disagreement, null);
    }

    private void mark(Disagreement disagreement, String key) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == disagreement) {
                if (key == null) {
                    done.remove(disagreement);
                } else {
                    done.put(disagreement, key);
                }
                fireTableRowsUpdated(i, i);
            }
        }
    }

    @Override
    public int getRowCount() {
        return rows.size();
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
        return column == RANK || column == 5 || column == 6 ? Double.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        Disagreement d = rows.get(row);
        return switch (column) {
            case RANK -> d.rank();
            case 1 -> shown(d.image());
            case 2 -> Messages.get("audit.kind." + d.kind().name());
            case 3 -> d.labelClass().orElse("");
            case 4 -> d.predictedClass().orElse("");
            case 5 -> Double.isNaN(d.score()) ? null : d.score();
            case 6 -> d.label().isPresent() && d.predicted().isPresent() ? d.iou() : null;
            default -> done.containsKey(d) ? Messages.get(done.get(d)) : "";
        };
    }

    private String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
