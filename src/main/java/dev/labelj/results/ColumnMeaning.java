package dev.labelj.results;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a column measures, whichever trainer spelled it: YOLOv5's {@code metrics/precision} and
 * {@code metrics/mAP_0.5:0.95} are Ultralytics' {@code metrics/precision(B)} and
 * {@code metrics/mAP50-95(B)} (plain YOLOv5 detection metrics are box metrics), and the learning
 * rate of parameter group N is {@code x/lrN}, {@code lr/N} or {@code lr/pgN}. Runs from different
 * trainers are overlaid on the chart of the same meaning; the key is Ultralytics' current spelling.
 */
public final class ColumnMeaning {
    private static final Pattern BOX_METRIC = Pattern.compile("metrics/(precision|recall|mAP50|mAP50-95)");
    private static final Pattern LEARNING_RATE = Pattern.compile("(?:x/lr|lr/|lr/pg)(\\d+)");

    private ColumnMeaning() {
    }

    /** The column's meaning as Ultralytics spells it now; any column it does not know is its own meaning. */
    public static String of(String column) {
        Matcher lr = LEARNING_RATE.matcher(column);
        if (lr.matches()) {
            return "lr/pg" + lr.group(1);
        }
        // the longer spelling first: "mAP_0.5:0.95" starts with "mAP_0.5"
        String spelled = column.replace("metrics/mAP_0.5:0.95", "metrics/mAP50-95").replace("metrics/mAP_0.5", "metrics/mAP50");
        return BOX_METRIC.matcher(spelled).matches() ? spelled + "(B)" : spelled;
    }
}
