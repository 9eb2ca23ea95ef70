package dev.labelj.assist.audit;

import dev.labelj.assist.Proposal;
import dev.labelj.model.Box;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

/**
 * One place where the model and the saved labels of an image disagree.
 *
 * @param image      the image
 * @param kind       what kind of disagreement
 * @param labelIndex the label's place in the image's boxes, or -1 for a missing box
 * @param label      the saved label, absent for a missing box
 * @param predicted  the model's detection, absent for an extra box
 * @param iou        the IoU of label and detection; 0 when one of them is absent
 * @param rank       how likely a mistake, 0..1 (docs/adr/0160-label-audit.md): the list is sorted on it
 */
public record Disagreement(Path image, DisagreementKind kind, int labelIndex, Optional<Box> label,
                           Optional<Proposal> predicted, double iou, double rank) {
    /** Most likely mistakes first; ties by image, then kind, then the label's place: a stable, repeatable list. */
    public static final Comparator<Disagreement> MOST_LIKELY_FIRST = Comparator
            .comparingDouble(Disagreement::rank).reversed()
            .thenComparing(d -> d.image().toString())
            .thenComparing(Disagreement::kind)
            .thenComparingInt(Disagreement::labelIndex);

    /** The model's score, or NaN for an extra box (no detection). */
    public double score() {
        return predicted.map(Proposal::score).orElse(Double.NaN);
    }

    /** The class the label has, or empty for a missing box. */
    public Optional<String> labelClass() {
        return label.map(Box::label);
    }

    /** The class the model gives, or empty for an extra box. */
    public Optional<String> predictedClass() {
        return predicted.map(p -> p.box().label());
    }
}
