package dev.labelj.assist.audit;

import dev.labelj.model.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What accepting the model's side of a disagreement does to an image's boxes: a missing box is added, an extra
 * one removed, a wrong class replaced by the model's, a loose box given the model's corners (its other marks,
 * difficult, truncated, pose, kept).
 */
public final class AuditFix {
    private AuditFix() {
    }

    /**
     * The boxes after the fix, or empty when {@code labelIndex} no longer holds the label the disagreement is
     * about (the boxes changed since the audit).
     *
     * @param labelIndex where the disagreement's label is in {@code boxes} now (ignored for a missing box)
     */
    public static Optional<List<Box>> apply(List<Box> boxes, int labelIndex, Disagreement disagreement) {
        List<Box> after = new ArrayList<>(boxes);
        if (disagreement.kind() == DisagreementKind.MISSING) {
            after.add(disagreement.predicted().orElseThrow().box().reviewed());
            return Optional.of(after);
        }
        if (labelIndex < 0 || labelIndex >= boxes.size() || !sameBox(boxes.get(labelIndex), disagreement.label())) {
            return Optional.empty();
        }
        Box label = boxes.get(labelIndex);
        switch (disagreement.kind()) {
            case EXTRA -> after.remove(labelIndex);
            case WRONG_CLASS -> after.set(labelIndex, label.withLabel(disagreement.predictedClass().orElseThrow()));
            case LOOSE -> {
                Box model = disagreement.predicted().orElseThrow().box();
                after.set(labelIndex, label.withCorners(model.xMin(), model.yMin(), model.xMax(), model.yMax()));
            }
            default -> throw new IllegalStateException("not a label's disagreement: " + disagreement.kind());
        }
        return Optional.of(after);
    }

    /** Where the disagreement's label is among {@code boxes} now: its old place if it is still there, else the first equal box. */
    public static int placeOf(List<Box> boxes, Disagreement disagreement) {
        if (disagreement.label().isEmpty()) {
            return -1;
        }
        int old = disagreement.labelIndex();
        if (old >= 0 && old < boxes.size() && sameBox(boxes.get(old), disagreement.label())) {
            return old;
        }
        for (int i = 0; i < boxes.size(); i++) {
            if (sameBox(boxes.get(i), disagreement.label())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameBox(Box box, Optional<Box> label) {
        return label.isPresent() && box.label().equals(label.get().label()) && box.xMin() == label.get().xMin()
                && box.yMin() == label.get().yMin() && box.xMax() == label.get().xMax()
                && box.yMax() == label.get().yMax();
    }
}
