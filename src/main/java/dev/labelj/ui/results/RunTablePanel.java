package dev.labelj.ui.results;

import dev.labelj.results.BestEpoch;
import dev.labelj.results.Fitness;
import dev.labelj.results.Numbers;
import dev.labelj.results.TrainingRun;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import java.util.List;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.AbstractTableModel;

/** Every value of one run (chosen in a combo box when several are open), one row per epoch. */
final class RunTablePanel extends JPanel {
    private final JComboBox<String> runChoice = new JComboBox<>();
    private final JTable table = new JTable();
    private List<TrainingRun> runs = List.of();

    RunTablePanel() {
        super(new BorderLayout());
        runChoice.setName("tableRunCombo");
        table.setName("resultsTable");
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        table.setAutoCreateRowSorter(true);
        runChoice.addActionListener(e -> showSelected());
        add(runChoice, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    void show(List<TrainingRun> newRuns) {
        int selected = Math.max(0, runChoice.getSelectedIndex());
        runs = newRuns;
        runChoice.setModel(new DefaultComboBoxModel<>(newRuns.stream().map(TrainingRun::name).toArray(String[]::new)));
        runChoice.setVisible(newRuns.size() > 1);
        if (!newRuns.isEmpty()) {
            runChoice.setSelectedIndex(Math.min(selected, newRuns.size() - 1));
        }
        showSelected();
    }

    private void showSelected() {
        int index = runChoice.getSelectedIndex();
        table.setModel(index < 0 || index >= runs.size() ? new RunTableModel(null) : new RunTableModel(runs.get(index)));
        int bestRow = index < 0 || index >= runs.size() ? -1
                : Fitness.best(runs.get(index)).map(BestEpoch::row).orElse(-1);
        table.setDefaultRenderer(Double.class, new BestRowRenderer(bestRow));
        for (int c = 0; c < table.getColumnCount(); c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(c == 0 ? 60 : 130);
        }
    }

    /** Values as the file wrote them; the best epoch's row in bold. */
    private static final class BestRowRenderer extends DefaultTableCellRenderer {
        private final int bestModelRow;

        BestRowRenderer(int bestModelRow) {
            this.bestModelRow = bestModelRow;
            setHorizontalAlignment(SwingConstants.RIGHT);
        }

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            String text = value instanceof Double number ? Numbers.format(number) : String.valueOf(value);
            Component cell = super.getTableCellRendererComponent(table, text, selected, focused, row, column);
            boolean best = table.convertRowIndexToModel(row) == bestModelRow;
            cell.setFont(best ? cell.getFont().deriveFont(Font.BOLD) : cell.getFont().deriveFont(Font.PLAIN));
            return cell;
        }
    }

    private static final class RunTableModel extends AbstractTableModel {
        private final TrainingRun run;
        private final List<String> columns;

        RunTableModel(TrainingRun run) {
            this.run = run;
            this.columns = run == null ? List.of() : run.columns();
        }

        @Override
        public int getRowCount() {
            return run == null ? 0 : run.rows();
        }

        @Override
        public int getColumnCount() {
            return columns.size();
        }

        @Override
        public String getColumnName(int column) {
            return columns.get(column);
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return Double.class;
        }

        @Override
        public Object getValueAt(int row, int column) {
            return run.value(columns.get(column), row);
        }
    }
}
