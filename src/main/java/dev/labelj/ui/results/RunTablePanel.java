package dev.labelj.ui.results;

import dev.labelj.results.TrainingRun;
import java.awt.BorderLayout;
import java.util.List;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
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
        for (int c = 0; c < table.getColumnCount(); c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(c == 0 ? 60 : 130);
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
