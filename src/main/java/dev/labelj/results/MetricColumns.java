package dev.labelj.results;

import java.util.ArrayList;
import java.util.List;

/**
 * The metric columns YOLOv5 and Ultralytics write, named once for the fitness rules and the chart
 * layout. YOLOv5 writes {@code metrics/mAP_0.5}, Ultralytics {@code metrics/mAP50(B)}; both are listed.
 */
public final class MetricColumns {
    /** Metric groups as column suffixes: none (YOLOv5 detect), box, mask, pose keypoints. */
    public static final List<String> GROUPS = List.of("", "(B)", "(M)", "(P)");
    public static final String TOP1 = "metrics/accuracy_top1";
    public static final String TOP5 = "metrics/accuracy_top5";
    private static final List<String> MAP50 = List.of("metrics/mAP_0.5", "metrics/mAP50");
    private static final List<String> MAP50_95 = List.of("metrics/mAP_0.5:0.95", "metrics/mAP50-95");

    private MetricColumns() {
    }

    /** mAP@0.5 of a group, in each trainer's spelling. */
    public static List<String> map50(String group) {
        return suffixed(MAP50, group);
    }

    /** mAP@0.5:0.95 of a group, in each trainer's spelling. */
    public static List<String> map50To95(String group) {
        return suffixed(MAP50_95, group);
    }

    /** Precision, recall, mAP@0.5, mAP@0.5:0.95 of a group: the order charts show them in. */
    public static List<String> ofGroup(String group) {
        List<String> columns = new ArrayList<>(List.of("metrics/precision" + group, "metrics/recall" + group));
        columns.addAll(map50(group));
        columns.addAll(map50To95(group));
        return List.copyOf(columns);
    }

    /**
     * False for a value no trainer can have written: nan or inf anywhere, and outside 0…1 in a
     * {@code metrics/} column (precision, recall, mAP and accuracy are fractions). Such a value is
     * kept as written but drawn as a gap and never chosen as the best epoch.
     */
    public static boolean isPossible(String column, double value) {
        return Double.isFinite(value) && (!isFraction(column) || (value >= 0 && value <= 1));
    }

    static boolean isFraction(String column) {
        return column.startsWith("metrics/");
    }

    private static List<String> suffixed(List<String> names, String group) {
        return names.stream().map(name -> name + group).toList();
    }
}
