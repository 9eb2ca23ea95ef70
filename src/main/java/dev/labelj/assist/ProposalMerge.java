package dev.labelj.assist;

import dev.labelj.model.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds predictions to an image that already has boxes: a proposal overlapping an existing box of the same class
 * by IoU 0.5 or more is the same object and is left out. Existing boxes are never replaced or moved.
 */
public final class ProposalMerge {
    public static final double SAME_OBJECT_IOU = 0.5;

    private ProposalMerge() {
    }

    /** The proposals that overlap no existing box of their class (IoU below 0.5), in their order. */
    public static List<Proposal> newOnly(List<Box> existing, List<Proposal> proposals) {
        List<Proposal> added = new ArrayList<>();
        for (Proposal proposal : proposals) {
            boolean same = existing.stream().anyMatch(box -> box.label().equals(proposal.box().label())
                    && box.iou(proposal.box()) >= SAME_OBJECT_IOU);
            if (!same) {
                added.add(proposal);
            }
        }
        return added;
    }
}
