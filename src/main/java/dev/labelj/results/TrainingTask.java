package dev.labelj.results;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kind of model a run trained, told from its column names (or from args.yaml's {@code task:}). */
public enum TrainingTask {
    DETECT, SEGMENT, POSE, OBB, CLASSIFY, UNKNOWN;

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

    /** Classify by top-1 column; pose and mask groups by their (P)/(M) suffix or their losses. */
    static TrainingTask fromColumns(List<String> columns) {
        if (columns.contains("metrics/accuracy_top1")) {
            return CLASSIFY;
        }
        if (columns.stream().anyMatch(c -> c.endsWith("(P)") || c.contains("pose_loss"))) {
            return POSE;
        }
        if (columns.stream().anyMatch(c -> c.endsWith("(M)") || c.contains("seg_loss"))) {
            return SEGMENT;
        }
        if (columns.stream().anyMatch(c -> c.contains("angle_loss"))) {
            return OBB;
        }
        return DETECT;
    }
}
