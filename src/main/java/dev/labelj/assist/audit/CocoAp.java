package dev.labelj.assist.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Average precision over 101 recall points, computed as the COCO evaluation does it (docs/adr/0161-ap50.md):
 * detections of every image in one list, best score first (a stable sort, so equal scores keep image order),
 * precision made monotone from the end, then at each recall threshold 0, 0.01 .. 1 the precision at the first
 * detection whose recall reaches it, or 0 when none does; the mean of the 101 values.
 */
public final class CocoAp {
    /** The recall thresholds, computed as the COCO evaluation's evenly spaced 0..1 in steps of 0.01 are. */
    static final double[] RECALL_POINTS = recallPoints();

    private CocoAp() {
    }

    /** One detection as the curve sees it: its score and whether it matched a label. */
    public record Hit(double score, boolean truePositive) {
    }

    /**
     * @param hits      every detection of one class, in image order, each image's best first
     * @param positives how many labels of that class there are
     * @return the average precision, or NaN when there are no labels (the class is left out of a mean)
     */
    public static double averagePrecision(List<Hit> hits, int positives) {
        if (positives == 0) {
            return Double.NaN;
        }
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingDouble(Hit::score).reversed());
        int n = sorted.size();
        double[] recall = new double[n];
        double[] precision = new double[n];
        double tp = 0;
        double fp = 0;
        for (int i = 0; i < n; i++) {
            if (sorted.get(i).truePositive()) {
                tp++;
            } else {
                fp++;
            }
            recall[i] = tp / positives;
            precision[i] = tp / (tp + fp + Math.ulp(1.0));
        }
        for (int i = n - 1; i > 0; i--) {
            precision[i - 1] = Math.max(precision[i - 1], precision[i]);
        }
        double sum = 0;
        for (double threshold : RECALL_POINTS) {
            int at = firstAtLeast(recall, threshold);
            if (at == n) {
                break;
            }
            sum += precision[at];
        }
        return sum / RECALL_POINTS.length;
    }

    /** The first index whose recall is at least {@code threshold} (recall never falls along the list). */
    private static int firstAtLeast(double[] recall, double threshold) {
        int low = 0;
        int high = recall.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (recall[mid] < threshold) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static double[] recallPoints() {
        double[] points = new double[101];
        for (int i = 0; i < points.length; i++) {
            points[i] = i * 0.01;
        }
        points[100] = 1.0;
        return points;
    }
}
