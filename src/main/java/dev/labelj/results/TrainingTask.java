package dev.labelj.results;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The kind of model a run trained, told from its column names (or from args.yaml's {@code task:}). */
public enum TrainingTask {
    DETECT, SEGMENT, POSE, OBB, CLASSIFY, UNKNOWN;

    private static final Pattern OBB_WORD = Pattern.compile("(^|[^a-z])obb([^a-z]|$)");

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TrainingTask> fromId(String id) {
        for (TrainingTask task : values()) {
            if (task != UNKNOWN && task.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(task);
            }
        }
        return Optional.empty();
    }

    /**
     * Classify by top-1 column; pose and mask groups by their (P)/(M) suffix or their losses.
     * Oriented boxes log detect's columns (some versions add an angle loss); without args.yaml the
     * only other hint is Ultralytics' {@code runs/obb/...} folder or an "obb" in the names.
     */
    static TrainingTask fromColumns(List<String> columns, Path file) {
        if (columns.contains(MetricColumns.TOP1)) {
            return CLASSIFY;
        }
        if (columns.stream().anyMatch(c -> c.endsWith("(P)") || c.contains("pose_loss"))) {
            return POSE;
        }
        if (columns.stream().anyMatch(c -> c.endsWith("(M)") || c.contains("seg_loss"))) {
            return SEGMENT;
        }
        if (columns.stream().anyMatch(c -> c.contains("angle_loss")) || namedObb(file)) {
            return OBB;
        }
        return DETECT;
    }

    private static boolean namedObb(Path file) {
        Path path = file.toAbsolutePath();
        for (int i = path.getNameCount() - 1; i >= Math.max(0, path.getNameCount() - 3); i--) {
            if (OBB_WORD.matcher(path.getName(i).toString().toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }
}
