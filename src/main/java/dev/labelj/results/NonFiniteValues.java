package dev.labelj.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Says which columns held nan or inf, at which epochs. Python writes a diverged or unavailable value
 * as {@code nan}; it is a gap in the charts, and a reader of {@code summary} must hear about it.
 * Columns with the same epochs share one warning ("val/box_loss, val/obj_loss: nan at epoch 1").
 */
final class NonFiniteValues {
    private static final int EPOCHS_LISTED = 10;

    private NonFiniteValues() {
    }

    /** {@code series}: the indices of the columns that are series (not the epoch, nameless or repeated ones). */
    static void warn(RowTable table, List<String> columns, List<Integer> series, List<double[]> rows,
                     List<Integer> rowLines, int epochIndex) {
        Map<List<Integer>, List<String>> columnsByRows = new LinkedHashMap<>();
        Map<List<Integer>, TreeSet<String>> wordsByRows = new LinkedHashMap<>();
        for (int c : series) {
            List<Integer> bad = new ArrayList<>();
            TreeSet<String> words = new TreeSet<>();
            for (int r = 0; r < rows.size(); r++) {
                double value = rows.get(r)[c];
                if (!Double.isFinite(value) && !table.isReported(r, c)) {
                    bad.add(r);
                    words.add(Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf");
                }
            }
            if (!bad.isEmpty()) {
                columnsByRows.computeIfAbsent(bad, k -> new ArrayList<>()).add(columns.get(c));
                wordsByRows.computeIfAbsent(bad, k -> new TreeSet<>()).addAll(words);
            }
        }
        columnsByRows.forEach((bad, names) -> table.warn(ResultsWarning.Kind.NON_FINITE, rowLines.get(bad.get(0)),
                String.join(", ", names) + ": " + String.join(" or ", wordsByRows.get(bad))
                        + " at " + epochs(bad, rows, epochIndex)));
    }

    /** "epoch 3", or "epochs 1, 2, 5 … (40 epochs)" beyond ten. */
    static String epochs(List<Integer> bad, List<double[]> rows, int epochIndex) {
        String listed = bad.stream().limit(EPOCHS_LISTED).map(r -> Numbers.format(rows.get(r)[epochIndex]))
                .collect(Collectors.joining(", "));
        String more = bad.size() > EPOCHS_LISTED ? " \u2026 (" + bad.size() + " epochs)" : "";
        return (bad.size() == 1 ? "epoch " : "epochs ") + listed + more;
    }
}
