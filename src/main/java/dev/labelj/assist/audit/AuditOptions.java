package dev.labelj.assist.audit;

/**
 * The knobs of an audit.
 *
 * @param confidence a detection counts as the model's opinion from this score up (0.25): below it, it is neither
 *                   a missing box nor a match, and precision / recall are counted at this floor
 * @param matchIou   a detection and a label match from this IoU up (0.5)
 */
public record AuditOptions(double confidence, double matchIou) {
    public static final AuditOptions DEFAULT = new AuditOptions(0.25, 0.5);
    /** A matched label overlapping its detection less than this is loose: the model would draw it tighter. */
    public static final double TIGHT_IOU = 0.75;
    /** AP50 is computed at this IoU whatever the match threshold, so it reads as the trainer's mAP50. */
    public static final double AP_IOU = 0.5;
    /** The floor the model runs at for AP, as a trainer's validation does: low scores still add to the curve. */
    public static final double AP_FLOOR = 0.001;

    public AuditOptions {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
        if (!(matchIou > 0 && matchIou <= 1)) {
            throw new IllegalArgumentException("match IoU must be above 0 and at most 1: " + matchIou);
        }
    }

    /** The score floor the model must run at: the lower of the audit's confidence and {@link #AP_FLOOR}. */
    public double inferenceFloor() {
        return Math.min(confidence, AP_FLOOR);
    }
}
