package dev.labelj.results;

import java.util.List;

/**
 * The names of the run table's two main metric columns, which hold mAP50 / mAP50-95 for detection
 * (and segmentation, pose, OBB) runs and top-1 / top-5 for classification: the words fit the runs
 * shown, and only a table holding both kinds names both.
 */
public enum MetricWords {
    DETECTION("mAP50", "mAP50-95"),
    CLASSIFICATION("top-1", "top-5"),
    MIXED("mAP50 (top-1)", "mAP50-95 (top-5)");

    private final String first;
    private final String second;

    MetricWords(String first, String second) {
        this.first = first;
        this.second = second;
    }

    /** Detection words for no runs, and for runs whose task is unknown (an empty file). */
    public static MetricWords of(List<RunRow> rows) {
        boolean classification = rows.stream().anyMatch(r -> r.task() == TrainingTask.CLASSIFY);
        boolean other = rows.stream().anyMatch(r -> r.task() != TrainingTask.CLASSIFY);
        return classification && other ? MIXED : classification ? CLASSIFICATION : DETECTION;
    }

    /** The mAP50 (or top-1) column's name. */
    public String first() {
        return first;
    }

    /** The mAP50-95 (or top-5) column's name. */
    public String second() {
        return second;
    }
}
