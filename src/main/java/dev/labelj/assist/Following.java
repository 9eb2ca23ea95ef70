package dev.labelj.assist;

import dev.labelj.model.Box;

/**
 * Where one box went in the next frame ({@link BoxFollower}): the box there, or why it was not followed. The box is
 * a copy of the original with new corners, so its label and flags are kept.
 *
 * @param score how alike the box's pixels look in both frames, 0..1 (normalised cross-correlation of the two
 *              patches): shown with the proposal, and below {@link BoxFollower#MIN_SCORE} the box counts as lost
 */
public record Following(Outcome outcome, Box box, double score) {
    /** Whether a box was followed, and why not. */
    public enum Outcome {
        /** Found in the next frame: {@link #box()}. */
        FOLLOWED,
        /** The tracker lost it, or what it found does not look like the box (covered, gone, out of the frame). */
        LOST,
        /** The box has too few pixels inside the image to follow. */
        TOO_FEW_PIXELS,
        /** The next image has another size: not a frame of the same video. */
        OTHER_SIZE
    }

    public boolean isFollowed() {
        return outcome == Outcome.FOLLOWED;
    }
}
