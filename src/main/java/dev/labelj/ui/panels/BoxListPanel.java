package dev.labelj.ui.panels;

import dev.labelj.model.Box;
import dev.labelj.ui.support.Words;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.TableColumn;

/**
 * The "Box Labels" dock: one row per box of the current image (label with its colour, difficult, visible).
 * It does not know the document: the owner hands it the boxes and the selection, and hears back only what
 * the user did here. Rows are box indices in document order, never looked up by equality.
 */
public final class BoxListPanel extends JPanel {
    private final BoxTableModel model = new BoxTableModel();
    private final BoxTable table = new BoxTable(model);
    private Consumer<Set<Integer>> selectionListener = rows -> { };
    private BiConsumer<Integer, Boolean> difficultListener = (row, on) -> { };
    private BiConsumer<Integer, Boolean> visibleListener = (row, on) -> { };
    private IntConsumer editListener = row -> { };
    private IntConsumer enterListener;
    /** True while the owner sets rows or selection, so the change is not reported back as the user's. */
    private boolean programmatic;

    /** @param colours the colour of each label, as the canvas draws it */
    public BoxListPanel(Function<String, Color> colours) {
        super(new BorderLayout());
        JLabel title = Words.keyed(new JLabel(), "panel.boxes");
        title.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        table.setName("boxList");
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setFillsViewportHeight(true);
        table.setShowGrid(false);
        table.getTableHeader().setReorderingAllowed(false);
        table.putClientProperty("JTable.autoStartsEdit", Boolean.FALSE);
        table.setDefaultRenderer(String.class, new SwatchRenderer(colours, model));
        sizeCheckColumn(BoxTableModel.DIFFICULT);
        sizeCheckColumn(BoxTableModel.VISIBLE);
        AppKeys.release(table);
        wireSelection();
        wireMouse();
        wireEnter();
        add(title, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(table);
        AppKeys.release(scroll);
        add(scroll, BorderLayout.CENTER);
        setPreferredSize(new Dimension(240, 220));
    }

    /** The boxes of the current image; the selection is kept when the row count is unchanged. */
    public void setBoxes(List<Box> boxes) {
        quietly(() -> model.setBoxes(boxes));
    }

    /** Which rows show their visible box unchecked; does not call the visible listener. */
    public void setHiddenRows(Set<Integer> rows) {
        model.setHiddenRows(rows);
    }

    /** The rows whose visible box is unchecked, in order. */
    public Set<Integer> hiddenRows() {
        return model.hiddenRows();
    }

    /** Selects exactly {@code rows} (e.g. the canvas selection); does not call the selection listener. */
    public void showSelection(Set<Integer> rows) {
        quietly(() -> {
            ListSelectionModel selection = table.getSelectionModel();
            selection.setValueIsAdjusting(true);
            selection.clearSelection();
            for (int row : rows) {
                if (row >= 0 && row < model.getRowCount()) {
                    int viewRow = table.convertRowIndexToView(row);
                    selection.addSelectionInterval(viewRow, viewRow);
                }
            }
            selection.setValueIsAdjusting(false);
            rows.stream().filter(row -> row >= 0 && row < model.getRowCount()).findFirst()
                    .ifPresent(row -> table.scrollRectToVisible(
                            table.getCellRect(table.convertRowIndexToView(row), 0, true)));
        });
    }

    /** The selected rows, in order. */
    public Set<Integer> selection() {
        Set<Integer> rows = new TreeSet<>();
        for (int viewRow : table.getSelectedRows()) {
            rows.add(table.convertRowIndexToModel(viewRow));
        }
        return rows;
    }

    /** Called with the new selection when the user changes it here (never for {@link #showSelection}). */
    public void onSelectionChanged(Consumer<Set<Integer>> listener) {
        selectionListener = listener;
    }

    /** Called with (row, difficult) when the user clicks a difficult box. */
    public void onDifficultToggled(BiConsumer<Integer, Boolean> listener) {
        difficultListener = listener;
    }

    /** Called with (row, visible) when the user clicks a visible box. */
    public void onVisibleToggled(BiConsumer<Integer, Boolean> listener) {
        visibleListener = listener;
    }

    /** Called with the row whose label the user wants to change: double-click on it (and Enter, unless told). */
    public void onEditLabel(IntConsumer listener) {
        editListener = listener;
    }

    /** Called with the selected row on Enter in the list; by default Enter edits the label as a double-click does. */
    public void onEnter(IntConsumer listener) {
        enterListener = listener;
    }

    /** The menu a right click on the list opens (labelImg's: Edit Label, Delete), made when first wanted. */
    public void setPopupMenu(Supplier<JPopupMenu> menu) {
        table.setPopupSource(menu);
    }

    JTable table() {
        return table;
    }

    private void sizeCheckColumn(int modelColumn) {
        TableColumn column = table.getColumnModel().getColumn(modelColumn);
        int width = table.getTableHeader().getDefaultRenderer()
                .getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, modelColumn)
                .getPreferredSize().width + 12;
        column.setPreferredWidth(width);
        column.setMaxWidth(width + 40);
        column.setMinWidth(32);
    }

    private void wireSelection() {
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!programmatic && !e.getValueIsAdjusting()) {
                selectionListener.accept(selection());
            }
        });
    }

    private void wireMouse() {
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                int viewRow = table.rowAtPoint(e.getPoint());
                int viewColumn = table.columnAtPoint(e.getPoint());
                if (!SwingUtilities.isLeftMouseButton(e) || viewRow < 0 || viewColumn < 0) {
                    return;
                }
                int row = table.convertRowIndexToModel(viewRow);
                int column = table.convertColumnIndexToModel(viewColumn);
                if (column == BoxTableModel.LABEL && e.getClickCount() == 2) {
                    editListener.accept(row);
                } else if (column == BoxTableModel.DIFFICULT) {
                    toggleDifficult(row);
                } else if (column == BoxTableModel.VISIBLE) {
                    toggleVisible(row);
                }
            }
        });
    }

    private void toggleDifficult(int row) {
        boolean difficult = !model.box(row).difficult();
        model.setDifficult(row, difficult);
        difficultListener.accept(row, difficult);
    }

    private void toggleVisible(int row) {
        boolean visible = !model.isVisible(row);
        model.setVisible(row, visible);
        visibleListener.accept(row, visible);
    }

    private void wireEnter() {
        // Enter means Edit Label here (or what the window says), not the table's "next row"
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "editLabel");
        table.getActionMap().put("editLabel", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                int lead = table.getSelectionModel().getLeadSelectionIndex();
                int viewRow = table.isRowSelected(lead) ? lead : table.getSelectedRow();
                if (viewRow >= 0) {
                    IntConsumer onEnter = enterListener != null ? enterListener : editListener;
                    onEnter.accept(table.convertRowIndexToModel(viewRow));
                }
            }
        });
    }

    private void quietly(Runnable change) {
        boolean was = programmatic;
        programmatic = true;
        try {
            change.run();
        } finally {
            programmatic = was;
        }
    }
}
