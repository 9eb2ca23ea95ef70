package dev.labelj.ui.results;

import dev.labelj.charts.RunPalette;
import dev.labelj.results.Numbers;
import dev.labelj.results.RunRow;
import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableRowSorter;

/**
 * The run table: one row per run (best epoch, its P / R / mAP50 / mAP50-95, epochs run of planned,
 * how it ended), sortable by any column, a check box per run to show or hide it in the charts, and
 * the difference of two selected runs at their best epochs. EDT only.
 */
final class RunsPanel extends JPanel {
    private final RunsTableModel model = new RunsTableModel();
    private final JTable table = new JTable(model);
    private final WrappedText delta = new WrappedText("runDelta");

    RunsPanel(Consumer<Set<Integer>> hiddenChanged, Runnable export) {
        super(new BorderLayout());
        setName("runsPanel");
        table.setName("runsTable");
        TableRowSorter<RunsTableModel> sorter = new TableRowSorter<>(model);
        sorter.setComparator(RunsTableModel.EPOCHS, Comparator.comparingInt(RunsPanel::leadingNumber));
        table.setRowSorter(sorter);
        table.setDefaultRenderer(Double.class, new NumberRenderer());
        table.getColumnModel().getColumn(RunsTableModel.NAME).setCellRenderer(new NameRenderer());
        table.getColumnModel().getColumn(RunsTableModel.SHOWN).setMaxWidth(50);
        table.getColumnModel().getColumn(RunsTableModel.NAME).setPreferredWidth(200);
        for (int c = 2; c < model.getColumnCount(); c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(c == 5 || c == 6 ? 125 : 90);
        }
        table.getSelectionModel().addListSelectionListener(e -> showDelta());
        model.addTableModelListener(e -> {
            if (e.getColumn() == RunsTableModel.SHOWN) {
                hiddenChanged.accept(model.hidden());
            }
        });
        JButton exportButton = new JButton(Messages.get("results.runs.export"));
        exportButton.setName("exportRunTable");
        exportButton.addActionListener(e -> export.run());
        JPanel south = new JPanel(new BorderLayout());
        south.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 2));
        south.add(delta, BorderLayout.CENTER);
        south.add(exportButton, BorderLayout.EAST);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(south, BorderLayout.SOUTH);
    }

    /** New rows; {@code hidden} are the indices of the runs left out of the charts. */
    void show(List<RunRow> rows, Set<Integer> hidden) {
        model.set(rows, hidden);
        // the two main metrics are named for the runs shown (mAP50, top-1 or both): headers are set here,
        // as a structure change would also reset the column widths and renderers
        for (TableColumn column : java.util.Collections.list(table.getColumnModel().getColumns())) {
            column.setHeaderValue(model.getColumnName(column.getModelIndex()));
        }
        table.getTableHeader().repaint();
        showDelta();
    }

    /** The rows in the order the table shows them (as sorted). */
    List<RunRow> rowsAsShown() {
        List<RunRow> shown = new ArrayList<>();
        for (int view = 0; view < table.getRowCount(); view++) {
            shown.add(model.rows().get(table.convertRowIndexToModel(view)));
        }
        return shown;
    }

    private void showDelta() {
        int[] selected = table.getSelectedRows();
        List<RunRow> rows = model.rows();
        if (selected.length != 2 && rows.size() != 2) {
            delta.setText(rows.size() > 2 ? Messages.get("results.runs.deltaHint") : " ");
            return;
        }
        RunRow a = selected.length == 2 ? rows.get(table.convertRowIndexToModel(selected[0])) : rows.get(0);
        RunRow b = selected.length == 2 ? rows.get(table.convertRowIndexToModel(selected[1])) : rows.get(1);
        delta.setText(deltaText(a, b));
    }

    /** "exp2 − exp at their best epochs: P +0.012, R −0.003, …". */
    static String deltaText(RunRow a, RunRow b) {
        List<String> parts = new ArrayList<>();
        for (String metric : RunRow.METRICS) {
            OptionalDouble d = a.delta(b, metric);
            if (d.isPresent()) {
                String sign = d.getAsDouble() > 0 ? "+" : d.getAsDouble() < 0 ? "\u2212" : "\u00b1";
                parts.add(metric + " " + sign + Numbers.format(Math.abs(d.getAsDouble())));
            }
        }
        return Messages.get("results.runs.delta", a.name(), b.name(), String.join(", ", parts));
    }

    private static int leadingNumber(Object text) {
        String s = String.valueOf(text);
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end == 0 ? -1 : Integer.parseInt(s.substring(0, end));
    }

    private static final class NumberRenderer extends DefaultTableCellRenderer {
        NumberRenderer() {
            setHorizontalAlignment(SwingConstants.RIGHT);
        }

        @Override
        protected void setValue(Object value) {
            setText(value instanceof Double number ? Numbers.format(number) : "");
        }
    }

    /** The run's name with a square of the colour its curves have. */
    private final class NameRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focused, row, column);
            setIcon(new Swatch(RunPalette.run(t.convertRowIndexToModel(row))));
            return this;
        }
    }

    private record Swatch(Color color) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            g.setColor(color);
            g.fillRect(x, y + 1, getIconWidth(), getIconHeight() - 2);
        }

        @Override
        public int getIconWidth() {
            return 10;
        }

        @Override
        public int getIconHeight() {
            return 12;
        }
    }
}
