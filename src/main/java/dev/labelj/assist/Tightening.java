package dev.labelj.assist;

import dev.labelj.model.Box;

/**
 * What Tighten Box found for one box: the tight box, or why the box stays as it was. The box is a copy of the
 * original with new corners only, so its label, flags and review mark are kept.
 */
public record Tightening(Outcome outcome, Box box) {
    /** Why a box was or was not changed. */
    public enum Outcome {
        /** The foreground's bounding box, now {@link #box()}. */
        TIGHTENED,
        /** Nothing in the box stood out from its surroundings. */
        EMPTY,
        /** The foreground covers less than a quarter of the box: more likely a speck than the object. */
        TOO_SMALL,
        /** The box has too few pixels inside the image to tell anything. */
        TOO_FEW_PIXELS
    }

    public boolean isTightened() {
        return outcome == Outcome.TIGHTENED;
    }
}
