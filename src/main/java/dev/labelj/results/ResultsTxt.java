package dev.labelj.results;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header-less {@code results.txt} of YOLOv5 before July 2021 and of YOLOv7: 15 whitespace
 * separated fields, the first {@code E/N} (0-based epoch / last epoch). Columns get the names the
 * later CSV uses, so charts and fitness treat both alike.
 */
final class ResultsTxt {
    static final int FIELDS = 15;
    /** "E/N": this epoch (0-based) and the last planned one. */
    static final Pattern EPOCH_OF_LAST = Pattern.compile("(\\d{1,9})/(\\d{1,9})");
    static final List<String> COLUMNS = List.of(TrainingRun.EPOCH, "gpu_mem",
            "train/box_loss", "train/obj_loss", "train/cls_loss", "train/total_loss", "targets", "img_size",
            "metrics/precision", "metrics/recall", "metrics/mAP_0.5", "metrics/mAP_0.5:0.95",
            "val/box_loss", "val/obj_loss", "val/cls_loss");

    private ResultsTxt() {
    }

    static TrainingRun parse(String name, Path file, TextLines lines, int first, RunMetadata metadata) {
        RowTable table = new RowTable(COLUMNS);
        int lastEpochPlanned = -1;
        for (int i = first; i < lines.lines().size(); i++) {
            String line = lines.lines().get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] tokens = line.trim().split("\\s+");
            double[] row = tokens.length == FIELDS ? parseRow(tokens) : null;
            if (row == null) {
                warnSkipped(table, i + 1, tokens.length, lines.isUnfinished(i));
                continue;
            }
            table.add(row, i + 1);
            Matcher epochOfLast = EPOCH_OF_LAST.matcher(tokens[0]);
            if (epochOfLast.matches()) {
                lastEpochPlanned = Integer.parseInt(epochOfLast.group(2));
            }
        }
        RunMetadata withPlan = lastEpochPlanned >= 0 ? metadata.withPlannedEpochsIfMissing(lastEpochPlanned + 1) : metadata;
        return table.build(name, file, ResultsFormat.RESULTS_TXT, TrainingTask.DETECT, withPlan);
    }

    private static void warnSkipped(RowTable table, int line, int fields, boolean unfinished) {
        if (unfinished) {
            table.warn(ResultsWarning.Kind.PARTIAL_LAST_LINE, line, "last row is still being written; skipped");
        } else if (fields != FIELDS) {
            table.warn(ResultsWarning.Kind.RAGGED_ROW, line, "row has " + fields + " fields, expected " + FIELDS
                    + "; skipped (not shifted)");
        } else {
            table.warn(ResultsWarning.Kind.BAD_VALUE, line, "row is not numeric; skipped");
        }
    }

    /** Null when a field is not a number. */
    private static double[] parseRow(String[] tokens) {
        Matcher epochOfLast = EPOCH_OF_LAST.matcher(tokens[0]);
        if (!epochOfLast.matches()) {
            return null;
        }
        double[] row = new double[FIELDS];
        row[0] = Integer.parseInt(epochOfLast.group(1));
        for (int t = 1; t < FIELDS; t++) {
            String token = t == 1 && tokens[t].endsWith("G") ? tokens[t].substring(0, tokens[t].length() - 1) : tokens[t];
            OptionalDouble value = Cells.parse(token);
            if (value.isEmpty()) {
                return null;
            }
            row[t] = value.getAsDouble();
        }
        return row;
    }
}
