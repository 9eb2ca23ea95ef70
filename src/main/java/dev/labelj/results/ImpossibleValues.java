package dev.labelj.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Says which finite values no trainer can have written (a mAP of 1e300, a recall of 1.5), one warning
 * per column. A corrupted or hand-edited file must not make such a row the best epoch without a word;
 * the values stay in the run as written, and charts and fitness leave them out.
 */
final class ImpossibleValues {
    private static final int VALUES_LISTED = 3;

    private ImpossibleValues() {
    }

    static void warn(RowTable table, List<String> columns, List<Integer> series, List<double[]> rows,
                     List<Integer> rowLines, int epochIndex) {
        for (int c : series) {
            String column = columns.get(c);
            if (!MetricColumns.isFraction(column)) {
                continue; // only metrics have bounds; a loss or a time may be any finite number
            }
            List<Integer> bad = new ArrayList<>();
            Set<String> values = new LinkedHashSet<>();
            for (int r = 0; r < rows.size(); r++) {
                double value = rows.get(r)[c];
                if (Double.isFinite(value) && !MetricColumns.isPossible(column, value)) {
                    bad.add(r);
                    values.add(Numbers.format(value));
                }
            }
            if (!bad.isEmpty()) {
                table.warn(ResultsWarning.Kind.IMPOSSIBLE_VALUE, rowLines.get(bad.get(0)), column + " = "
                        + listed(values) + " at " + NonFiniteValues.epochs(bad, rows, epochIndex)
                        + ": a metric lies between 0 and 1; left out of charts and of the best epoch");
            }
        }
    }

    private static String listed(Set<String> values) {
        List<String> first = values.stream().limit(VALUES_LISTED).toList();
        return String.join(", ", first) + (values.size() > VALUES_LISTED ? ", \u2026" : "");
    }
}
