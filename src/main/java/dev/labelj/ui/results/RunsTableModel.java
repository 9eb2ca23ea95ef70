package dev.labelj.ui.results;

import dev.labelj.results.MetricWords;
import dev.labelj.results.RunRow;
import dev.labelj.ui.support.Messages;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import javax.swing.table.AbstractTableModel;

/** The rows of the run table; the first column (shown in the charts) is the only editable one. */
final class RunsTableModel extends AbstractTableModel {
    static final int SHOWN = 0;
    static final int NAME = 1;
    static final int EPOCHS = 7;
    /** Bundle keys; null for the two metric columns, named by {@link MetricWords} instead. */
    private static final String[] KEYS = {"show", "run", "best", "p", "r", null, null, "epochs", "status"};

    static final int MAP50 = 5;
    static final int MAP50_95 = 6;
    private List<RunRow> rows = List.of();
    private MetricWords words = MetricWords.DETECTION;
    private final Set<Integer> hidden = new HashSet<>();

    void set(List<RunRow> newRows, Set<Integer> newHidden) {
        rows = List.copyOf(newRows);
        words = MetricWords.of(rows);
        hidden.clear();
        hidden.addAll(newHidden);
        fireTableDataChanged();
    }

    List<RunRow> rows() {
        return rows;
    }

    Set<Integer> hidden() {
        return Set.copyOf(hidden);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return KEYS.length;
    }

    @Override
    public String getColumnName(int column) {
        if (column == MAP50 || column == MAP50_95) {
            return column == MAP50 ? words.first() : words.second(); // symbols, the same in every language
        }
        return Messages.get("results.runs." + KEYS[column]);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (column) {
            case SHOWN -> Boolean.class;
            case 2, 3, 4, 5, 6 -> Double.class;
            default -> String.class;
        };
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column == SHOWN;
    }

    @Override
    public Object getValueAt(int row, int column) {
        RunRow run = rows.get(row);
        return switch (column) {
            case SHOWN -> !hidden.contains(row);
            case NAME -> run.name();
            case 2 -> boxed(run.bestEpoch());
            case 3, 4, 5, 6 -> boxed(run.metric(RunRow.METRICS.get(column - 3)));
            case EPOCHS -> run.epochsText();
            default -> Messages.get("results.runs.status." + run.statusWord().replace(' ', '_'));
        };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        if (column == SHOWN) {
            if (Boolean.TRUE.equals(value)) {
                hidden.remove(row);
            } else {
                hidden.add(row);
            }
            fireTableCellUpdated(row, column);
        }
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
