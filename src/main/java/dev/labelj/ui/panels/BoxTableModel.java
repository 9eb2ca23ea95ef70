package dev.labelj.ui.panels;

import dev.labelj.model.Box;
import dev.labelj.ui.support.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.swing.table.AbstractTableModel;

/**
 * The rows of the box list: one per box of the current image, in document order, with its label, its
 * difficult flag and whether it is shown. No cell is editable: the panel turns clicks on the check boxes
 * into callbacks, so no key typed into the table can start an editor.
 */
final class BoxTableModel extends AbstractTableModel {
    static final int LABEL = 0;
    static final int DIFFICULT = 1;
    static final int VISIBLE = 2;
    private static final String[] HEADERS = {"boxList.label", "boxList.difficult", "boxList.visible"};

    private List<Box> boxes = List.of();
    private final List<Boolean> visible = new ArrayList<>();

    /**
     * Shows {@code newBoxes}. With the same number of rows, rows are updated in place (the table keeps its
     * selection) and each row keeps its visible flag; otherwise every row starts visible.
     *
     * @return whether the row count stayed the same
     */
    boolean setBoxes(List<Box> newBoxes) {
        boolean sameCount = newBoxes.size() == boxes.size();
        boxes = List.copyOf(newBoxes);
        if (sameCount) {
            if (!boxes.isEmpty()) {
                fireTableRowsUpdated(0, boxes.size() - 1);
            }
        } else {
            visible.clear();
            boxes.forEach(box -> visible.add(Boolean.TRUE));
            fireTableDataChanged();
        }
        return sameCount;
    }

    Box box(int row) {
        return boxes.get(row);
    }

    /** Shows the box as difficult or not, until the next {@link #setBoxes} says otherwise. */
    void setDifficult(int row, boolean difficult) {
        boxes = replaced(row, boxes.get(row).withDifficult(difficult));
        fireTableCellUpdated(row, DIFFICULT);
    }

    boolean isVisible(int row) {
        return visible.get(row);
    }

    void setVisible(int row, boolean shown) {
        visible.set(row, shown);
        fireTableRowsUpdated(row, row);
    }

    Set<Integer> hiddenRows() {
        Set<Integer> hidden = new TreeSet<>();
        for (int row = 0; row < visible.size(); row++) {
            if (!visible.get(row)) {
                hidden.add(row);
            }
        }
        return hidden;
    }

    /** Rows in {@code hidden} are shown unchecked, all others checked; rows beyond the list are ignored. */
    void setHiddenRows(Set<Integer> hidden) {
        for (int row = 0; row < visible.size(); row++) {
            visible.set(row, !hidden.contains(row));
        }
        if (!visible.isEmpty()) {
            fireTableRowsUpdated(0, visible.size() - 1);
        }
    }

    @Override
    public int getRowCount() {
        return boxes.size();
    }

    @Override
    public int getColumnCount() {
        return HEADERS.length;
    }

    @Override
    public String getColumnName(int column) {
        return Messages.get(HEADERS[column]);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == LABEL ? String.class : Boolean.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        return switch (column) {
            case LABEL -> boxes.get(row).label();
            case DIFFICULT -> boxes.get(row).difficult();
            default -> visible.get(row);
        };
    }

    /** The model's score while the row's box is an unreviewed proposal. */
    java.util.OptionalDouble proposalScore(int row) {
        return row < boxes.size() ? boxes.get(row).proposal() : java.util.OptionalDouble.empty();
    }

    private List<Box> replaced(int row, Box box) {
        List<Box> copy = new ArrayList<>(boxes);
        copy.set(row, box);
        return List.copyOf(copy);
    }
}
