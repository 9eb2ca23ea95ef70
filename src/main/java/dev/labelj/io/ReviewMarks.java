package dev.labelj.io;

import dev.labelj.model.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an image's annotation file cannot say (docs/adr/0123-review-marks-beside-the-annotations.md): which of
 * its boxes are model proposals not yet reviewed, with their scores, and the verified mark for formats that
 * have no place for it (YOLO, CreateML). A mark names a box by label and corners; a box read back from a file
 * matches when its corners are within {@link #SAME_BOX_PIXELS} (the format's rounding), so a mark whose box was
 * moved or deleted by any tool simply matches nothing.
 *
 * @param verified  the user verified the image (Space), for formats that cannot store it
 * @param proposals the unreviewed proposals
 */
public record ReviewMarks(boolean verified, List<Proposal> proposals) {
    /** VOC rounds corners to whole pixels: half a pixel each way, with room for the other formats' decimals. */
    public static final double SAME_BOX_PIXELS = 1.0;
    public static final ReviewMarks NONE = new ReviewMarks(false, List.of());

    public ReviewMarks {
        proposals = List.copyOf(proposals);
    }

    /** One unreviewed proposal: the box as predicted, in image pixels, and the model's score. */
    public record Proposal(String label, double xMin, double yMin, double xMax, double yMax, double score) {
        public static Proposal of(Box box, double score) {
            return new Proposal(box.label(), box.left(), box.top(), box.right(), box.bottom(), score);
        }

        public boolean matches(Box box) {
            return label.equals(box.label()) && Math.abs(xMin - box.left()) <= SAME_BOX_PIXELS
                    && Math.abs(yMin - box.top()) <= SAME_BOX_PIXELS && Math.abs(xMax - box.right()) <= SAME_BOX_PIXELS
                    && Math.abs(yMax - box.bottom()) <= SAME_BOX_PIXELS;
        }
    }

    public boolean isEmpty() {
        return !verified && proposals.isEmpty();
    }

    /** The score of the unreviewed proposal this box is, or empty when it is a reviewed (ordinary) box. */
    public Optional<Double> scoreOf(Box box) {
        return proposals.stream().filter(p -> p.matches(box)).map(Proposal::score).findFirst();
    }

    public boolean isUnreviewed(Box box) {
        return scoreOf(box).isPresent();
    }

    /** True when some box of {@code boxes} is still an unreviewed proposal (the file list's mark). */
    public boolean hasUnreviewed(List<Box> boxes) {
        return boxes.stream().anyMatch(this::isUnreviewed);
    }

    /** These marks with more proposals (a prediction added them). */
    public ReviewMarks plus(List<Proposal> more) {
        List<Proposal> all = new ArrayList<>(proposals);
        all.addAll(more);
        return new ReviewMarks(verified, all);
    }

    /** Accepting or rejecting a box ends its review: its mark goes. */
    public ReviewMarks reviewed(Box box) {
        List<Proposal> left = new ArrayList<>(proposals);
        left.stream().filter(p -> p.matches(box)).findFirst().ifPresent(left::remove);
        return new ReviewMarks(verified, left);
    }

    /** Only the marks that still match one of {@code boxes}: what to save after the boxes changed. */
    public ReviewMarks keepingOnly(List<Box> boxes) {
        return new ReviewMarks(verified, proposals.stream().filter(p -> boxes.stream().anyMatch(p::matches)).toList());
    }

    public ReviewMarks withVerified(boolean newVerified) {
        return new ReviewMarks(newVerified, proposals);
    }
}
