package dev.labelj.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One labelled rectangle in image pixels: the continuous frame [0,w]x[0,h] of the oriented image.
 * The corners are kept exactly as read (a file may even hold xMax &lt; xMin); {@link #left()} and friends
 * give the ordered edges.
 *
 * @param pose     Pascal VOC's pose ("Unspecified" unless a file said otherwise)
 * @param extras   elements of the box a format carries but LabelJ does not model
 * @param proposal the model's score while the box is a proposal nobody has reviewed yet; empty for a box a
 *                 person drew or accepted. Never written into an annotation file (the review marks keep it);
 *                 any edit by hand (move, resize, relabel) makes the box reviewed.
 */
public record Box(String label, double xMin, double yMin, double xMax, double yMax,
                  boolean difficult, boolean truncated, String pose, List<ExtraElement> extras,
                  OptionalDouble proposal) {
    public static final String UNSPECIFIED_POSE = "Unspecified";

    public Box {
        Objects.requireNonNull(label, "label");
        requireFinite(xMin, yMin, xMax, yMax);
        pose = pose == null || pose.isEmpty() ? UNSPECIFIED_POSE : pose;
        extras = List.copyOf(extras);
        Objects.requireNonNull(proposal, "proposal");
    }

    /** A reviewed box (not a proposal). */
    public Box(String label, double xMin, double yMin, double xMax, double yMax, boolean difficult,
               boolean truncated, String pose, List<ExtraElement> extras) {
        this(label, xMin, yMin, xMax, yMax, difficult, truncated, pose, extras, OptionalDouble.empty());
    }

    public static Box of(String label, double xMin, double yMin, double xMax, double yMax) {
        return new Box(label, xMin, yMin, xMax, yMax, false, false, UNSPECIFIED_POSE, List.of());
    }

    public double left() {
        return Math.min(xMin, xMax);
    }

    public double right() {
        return Math.max(xMin, xMax);
    }

    public double top() {
        return Math.min(yMin, yMax);
    }

    public double bottom() {
        return Math.max(yMin, yMax);
    }

    public Box withLabel(String newLabel) {
        return new Box(newLabel, xMin, yMin, xMax, yMax, difficult, truncated, pose, extras);
    }

    public Box withCorners(double newXMin, double newYMin, double newXMax, double newYMax) {
        return new Box(label, newXMin, newYMin, newXMax, newYMax, difficult, truncated, pose, extras);
    }

    public Box withDifficult(boolean newDifficult) {
        return new Box(label, xMin, yMin, xMax, yMax, newDifficult, truncated, pose, extras);
    }

    /** Intersection over union of the two boxes' areas (0 when they do not overlap or have no area). */
    public double iou(Box other) {
        double w = Math.min(right(), other.right()) - Math.max(left(), other.left());
        double h = Math.min(bottom(), other.bottom()) - Math.max(top(), other.top());
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double inter = w * h;
        double union = (right() - left()) * (bottom() - top()) + (other.right() - other.left())
                * (other.bottom() - other.top()) - inter;
        return union <= 0 ? 0 : inter / union;
    }

    /** The same box as a model's proposal with this score, awaiting review. */
    public Box asProposal(double score) {
        return new Box(label, xMin, yMin, xMax, yMax, difficult, truncated, pose, extras, OptionalDouble.of(score));
    }

    public boolean isProposal() {
        return proposal.isPresent();
    }

    /** Accepted: the same box, no longer a proposal. */
    public Box reviewed() {
        return isProposal() ? new Box(label, xMin, yMin, xMax, yMax, difficult, truncated, pose, extras) : this;
    }

    private static void requireFinite(double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("box coordinate is not a finite number: " + v);
            }
        }
    }
}
