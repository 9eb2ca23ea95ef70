package dev.labelj.dataset;

/**
 * What a run over frames (Track Forward, Interpolate) did: frames gone through, of how many, boxes added, and
 * whether it stopped early (cancelled, or every box lost). Files written and failures are in the run's
 * {@link PredictTally}.
 */
public record FrameTally(int framesDone, int framesAsked, int boxesAdded, boolean cancelled, PredictTally writes) {
}
