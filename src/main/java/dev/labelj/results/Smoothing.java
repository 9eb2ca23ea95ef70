package dev.labelj.results;

/**
 * The dotted "smooth" line of YOLOv5's results.png: scipy's {@code gaussian_filter1d(y, sigma=3)}
 * with its defaults (truncate 4 → radius 12, mode 'reflect', where the edge sample is repeated:
 * d c b a | a b c d | d c b a). Short series reflect again and again, as scipy does; a NaN
 * spreads to every point within the radius, also as scipy does.
 */
public final class Smoothing {
    public static final double SIGMA = 3.0;
    public static final int RADIUS = (int) (4.0 * SIGMA + 0.5);
    private static final double[] WEIGHTS = weights();

    private Smoothing() {
    }

    public static double[] gaussian(double[] values) {
        int n = values.length;
        double[] smoothed = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int k = -RADIUS; k <= RADIUS; k++) {
                sum += WEIGHTS[k + RADIUS] * values[reflect(i + k, n)];
            }
            smoothed[i] = sum;
        }
        return smoothed;
    }

    /** The normalised kernel, centre at index {@link #RADIUS}. */
    public static double[] kernel() {
        return WEIGHTS.clone();
    }

    static int reflect(int index, int n) {
        if (n == 1) {
            return 0;
        }
        int period = 2 * n;
        int folded = Math.floorMod(index, period);
        return folded < n ? folded : period - 1 - folded;
    }

    private static double[] weights() {
        double[] w = new double[2 * RADIUS + 1];
        double total = 0;
        for (int k = -RADIUS; k <= RADIUS; k++) {
            w[k + RADIUS] = Math.exp(-0.5 * k * k / (SIGMA * SIGMA));
            total += w[k + RADIUS];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= total;
        }
        return w;
    }
}
