package dev.labelj.charts;

/**
 * Thins a long line to what a chart can show: a million epochs drawn into a few hundred pixels would
 * hold a million chart items in memory and draw a million segments for nothing. The line is cut
 * into {@link #BUCKETS} runs of neighbouring points, and each keeps its first, lowest, highest and
 * last point and its first gap, in their order: every peak, dip and gap stays where it was.
 */
final class Decimation {
    /** Wider than any chart is drawn; at most five points each. */
    static final int BUCKETS = 1000;
    private static final int KEPT_PER_BUCKET = 5;

    private Decimation() {
    }

    /** The points to draw, x in the order given; short lines unchanged. */
    static Line of(Line line) {
        int n = line.x().length;
        if (n <= BUCKETS * KEPT_PER_BUCKET) {
            return line;
        }
        double[] x = new double[BUCKETS * KEPT_PER_BUCKET];
        double[] y = new double[x.length];
        int kept = 0;
        for (int b = 0; b < BUCKETS; b++) {
            int start = (int) ((long) b * n / BUCKETS);
            int end = (int) ((long) (b + 1) * n / BUCKETS);
            for (int i : picked(line.y(), start, end)) {
                x[kept] = line.x()[i];
                y[kept] = line.y()[i];
                kept++;
            }
        }
        return new Line(java.util.Arrays.copyOf(x, kept), java.util.Arrays.copyOf(y, kept));
    }

    /** Indices of the bucket's first, lowest, highest, last point and first gap, ascending, without repeats. */
    private static int[] picked(double[] y, int start, int end) {
        int low = -1;
        int high = -1;
        int gap = -1;
        for (int i = start; i < end; i++) {
            if (Double.isNaN(y[i])) {
                gap = gap < 0 ? i : gap;
            } else {
                low = low < 0 || y[i] < y[low] ? i : low;
                high = high < 0 || y[i] > y[high] ? i : high;
            }
        }
        return java.util.stream.IntStream.of(start, low, high, gap, end - 1).filter(i -> i >= 0)
                .sorted().distinct().toArray();
    }

    /** A line as parallel arrays; a NaN y is a gap. */
    record Line(double[] x, double[] y) {
    }
}
