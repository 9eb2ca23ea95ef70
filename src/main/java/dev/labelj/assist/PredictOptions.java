package dev.labelj.assist;

/**
 * The knobs of one prediction, with Ultralytics' defaults for detection.
 *
 * @param confidence    proposals scoring below this are dropped (0.25)
 * @param iou           per-class NMS drops a box overlapping a better one of its class by more than this (0.7)
 * @param maxDetections at most this many proposals per image, best first (300)
 */
public record PredictOptions(double confidence, double iou, int maxDetections) {
    public static final PredictOptions DEFAULT = new PredictOptions(0.25, 0.7, 300);

    public PredictOptions {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
        if (!(iou > 0 && iou <= 1)) {
            throw new IllegalArgumentException("IoU threshold must be above 0 and at most 1: " + iou);
        }
        if (maxDetections < 1) {
            throw new IllegalArgumentException("at most 1 or more boxes per image: " + maxDetections);
        }
    }

    public PredictOptions withConfidence(double newConfidence) {
        return new PredictOptions(newConfidence, iou, maxDetections);
    }

    public PredictOptions withIou(double newIou) {
        return new PredictOptions(confidence, newIou, maxDetections);
    }
}
