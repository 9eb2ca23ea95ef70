package dev.labelj.dataset;

import dev.labelj.assist.audit.ClassMetrics;
import dev.labelj.assist.audit.ClassResult;
import dev.labelj.assist.audit.Disagreement;
import dev.labelj.assist.audit.DisagreementKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an audit found over a folder (docs/adr/0160-label-audit.md).
 *
 * @param disagreements every disagreement, most likely mistakes first
 * @param classes       per-class precision, recall and AP50, by class name
 * @param audited       images compared with their labels
 * @param unlabelled    images without an annotation, left out (a missing file is not a label saying "nothing")
 * @param failures      images or annotations that could not be read, each message naming its file
 * @param done          images gone through, of {@code total}
 * @param cancelled     whether the run was stopped before the end
 */
public record AuditReport(List<Disagreement> disagreements, List<ClassResult> classes, int audited, int unlabelled,
                          List<String> failures, int done, int total, boolean cancelled) {
    public AuditReport {
        disagreements = List.copyOf(disagreements);
        classes = List.copyOf(classes);
        failures = List.copyOf(failures);
    }

    /** How many disagreements of each kind, every kind present (zero when none). */
    public Map<DisagreementKind, Integer> countsByKind() {
        Map<DisagreementKind, Integer> counts = new EnumMap<>(DisagreementKind.class);
        for (DisagreementKind kind : DisagreementKind.values()) {
            counts.put(kind, 0);
        }
        disagreements.forEach(d -> counts.merge(d.kind(), 1, Integer::sum));
        return counts;
    }

    /** The mean AP50 over the classes with labels; NaN when there are none. */
    public double meanAp50() {
        return ClassMetrics.meanAp50(classes);
    }
}
