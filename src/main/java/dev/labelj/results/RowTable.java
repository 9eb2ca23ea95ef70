package dev.labelj.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects the kept rows and the warnings of one parse, then builds the {@link TrainingRun}. */
final class RowTable {
    private final List<String> columns;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Integer> rowLines = new ArrayList<>();
    private final List<ResultsWarning> warnings = new ArrayList<>();
    private final Set<Long> reported = new HashSet<>();

    RowTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    void add(double[] row, int line) {
        rows.add(row);
        rowLines.add(line);
    }

    /** A cell of the last added row that was text, not a number: already warned about, as BAD_VALUE. */
    void alreadyReported(int column) {
        reported.add((long) (rows.size() - 1) * columns.size() + column);
    }

    boolean isReported(int row, int column) {
        return reported.contains((long) row * columns.size() + column);
    }

    void warn(ResultsWarning.Kind kind, int line, String message) {
        warnings.add(new ResultsWarning(kind, line, message));
    }

    List<ResultsWarning> warnings() {
        return warnings;
    }

    TrainingRun build(String name, Path file, ResultsFormat format, TrainingTask task, RunMetadata metadata) {
        int epochIndex = columns.indexOf(TrainingRun.EPOCH);
        dropFinalRevalidation(epochIndex);
        checkEpochOrder(epochIndex);
        List<Integer> checked = seriesColumns(epochIndex);
        NonFiniteValues.warn(this, columns, checked, rows, rowLines, epochIndex);
        ImpossibleValues.warn(this, columns, checked, rows, rowLines, epochIndex);
        if (rows.isEmpty()) {
            warn(ResultsWarning.Kind.NO_ROWS, 0, "no epochs written yet");
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            double[] values = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                values[r] = rows.get(r)[c];
            }
            if (!columns.get(c).isEmpty()) { // a trailing comma makes a nameless, empty column
                series.putIfAbsent(columns.get(c), values);
            }
        }
        return new TrainingRun(name, file, format, task, series, warnings, metadata);
    }

    /** Columns checked value by value: named ones, first of each name, the epoch left to its own checks. */
    private List<Integer> seriesColumns(int epochIndex) {
        Set<String> seen = new HashSet<>();
        List<Integer> series = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            // a set, not a look back along the header: 100,000 columns must not take 10^10 steps
            if (seen.add(columns.get(c)) && c != epochIndex && !columns.get(c).isEmpty()) {
                series.add(c);
            }
        }
        return series;
    }

    /**
     * YOLOv5 on COCO re-validates best.pt after training and logs it under the last epoch's number
     * again: that row is not an epoch, and would otherwise win the best-epoch search.
     */
    private void dropFinalRevalidation(int epochIndex) {
        int last = rows.size() - 1;
        if (last >= 1 && rows.get(last)[epochIndex] == rows.get(last - 1)[epochIndex]) {
            warn(ResultsWarning.Kind.FINAL_REVALIDATION, rowLines.get(last), "epoch "
                    + Numbers.format(rows.get(last)[epochIndex]) + " written twice at the end (best.pt re-validated"
                    + " after training); the repeat is left out");
            rows.remove(last);
            rowLines.remove(last);
        }
    }

    /** Re-runs into the same folder restart the epochs without a new header: say so once. */
    private void checkEpochOrder(int epochIndex) {
        for (int r = 1; r < rows.size(); r++) {
            double previous = rows.get(r - 1)[epochIndex];
            double current = rows.get(r)[epochIndex];
            if (!(current > previous)) {
                warn(ResultsWarning.Kind.EPOCH_NOT_INCREASING, rowLines.get(r),
                        "epoch " + Numbers.format(current) + " follows epoch " + Numbers.format(previous)
                                + " (re-run or resume into the same folder?)");
                return;
            }
        }
    }
}
