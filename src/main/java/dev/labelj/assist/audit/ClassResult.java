package dev.labelj.assist.audit;

/**
 * The model against the labels for one class.
 *
 * @param name          the class
 * @param labels        how many labels of it
 * @param detections    how many detections of it scored at least the audit's confidence
 * @param truePositives how many of those matched a label of the class
 * @param ap50          COCO-style AP at IoU 0.5 over all detections the model gave; NaN when there are no labels
 */
public record ClassResult(String name, int labels, int detections, int truePositives, double ap50) {
    /** Matched detections over detections at the confidence floor; NaN with no detections. */
    public double precision() {
        return detections == 0 ? Double.NaN : (double) truePositives / detections;
    }

    /** Matched labels over labels; NaN with no labels. */
    public double recall() {
        return labels == 0 ? Double.NaN : (double) truePositives / labels;
    }
}
