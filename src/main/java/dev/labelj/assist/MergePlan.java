package dev.labelj.assist;

import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a prediction does to an image's annotation (docs/adr/0124-predict-command.md), decided without touching
 * the disk so that {@code labelj predict} and the window's folder run follow one rule. Existing boxes are never
 * moved or replaced; with {@code overwritePredicted} the boxes still awaiting review are dropped first.
 *
 * @param outcome what to do
 * @param kept    the existing boxes that stay (all of them, unless unreviewed ones were dropped)
 * @param added   the new proposals, in score order
 * @param boxes   the annotation's boxes to write: {@code kept}, then the added proposals' boxes
 */
public record MergePlan(Outcome outcome, List<Box> kept, List<Proposal> added, List<Box> boxes) {
    public MergePlan {
        kept = List.copyOf(kept);
        added = List.copyOf(added);
        boxes = List.copyOf(boxes);
    }

    /** What becomes of the image. */
    public enum Outcome {
        /** Write {@link #boxes()}: proposals were added or unreviewed ones removed. */
        WRITE,
        /** Left alone: it has boxes (or is a negative, or verified) and the run does not add to it. */
        ANNOTATED,
        /** The model found nothing: no file is written (an empty one would say "no objects here"). */
        NOTHING_FOUND,
        /** Everything found is already there (IoU 0.5 with a box of its class). */
        NOTHING_NEW
    }

    /**
     * @param existing           the image's annotation, if it has one
     * @param unreviewed         whether a box is still an unreviewed proposal (the review marks)
     * @param verifiedMark       the image is verified by a mark kept outside its file (YOLO, CreateML)
     * @param proposals          the model's proposals for the image
     * @param all                also add to images that have boxes ({@code --all})
     * @param overwritePredicted drop unreviewed proposals first; an image holding only those counts as unlabelled
     */
    public static MergePlan plan(Optional<ImageAnnotation> existing, Predicate<Box> unreviewed, boolean verifiedMark,
            List<Proposal> proposals, boolean all, boolean overwritePredicted) {
        List<Box> before = existing.map(ImageAnnotation::boxes).orElse(List.of());
        List<Box> kept = new ArrayList<>(before);
        if (overwritePredicted) {
            kept.removeIf(unreviewed);
        }
        boolean removed = kept.size() < before.size();
        if (existing.isPresent() && !mayAddTo(existing.get(), verifiedMark, kept, removed, all)) {
            return new MergePlan(Outcome.ANNOTATED, before, List.of(), before);
        }
        List<Proposal> added = ProposalMerge.newOnly(kept, proposals);
        if (added.isEmpty() && !removed) {
            return new MergePlan(proposals.isEmpty() ? Outcome.NOTHING_FOUND : Outcome.NOTHING_NEW, before,
                    List.of(), before);
        }
        List<Box> boxes = new ArrayList<>(kept);
        added.forEach(p -> boxes.add(p.box()));
        return new MergePlan(Outcome.WRITE, kept, added, boxes);
    }

    /** Never a verified image; with {@code all} any other; else only one that held nothing but dropped proposals. */
    private static boolean mayAddTo(ImageAnnotation existing, boolean verifiedMark, List<Box> kept, boolean removed,
            boolean all) {
        if (existing.verified() || verifiedMark) {
            return false;
        }
        return all || removed && kept.isEmpty();
    }
}
