package dev.labelj.assist;

import org.opencv.core.Mat;

/**
 * The object and background colour models GrabCut learned (Gaussian mixtures over BGR), read back from its model
 * matrices so pixels it never saw can be told apart: Tighten Box segments a small copy, then settles the edges on
 * a larger one with these. The layout is OpenCV's: per component a weight, then the means (3 each), then the
 * covariances (9 each).
 */
final class ColourModels {
    private final Mixture object;
    private final Mixture background;

    ColourModels(Mat objectModel, Mat backgroundModel) {
        this.object = new Mixture(values(objectModel));
        this.background = new Mixture(values(backgroundModel));
    }

    /** True when the colour is likelier under the object's model than under the background's. */
    boolean isObject(double b, double g, double r) {
        return object.density(b, g, r) > background.density(b, g, r);
    }

    private static double[] values(Mat model) {
        double[] all = new double[(int) model.total()];
        model.get(0, 0, all);
        return all;
    }

    /** One mixture; densities leave out the constant factor both mixtures share. */
    private static final class Mixture {
        private final int count;
        private final double[] weights;
        private final double[] means;
        private final double[][] inverses;
        private final double[] scales;

        Mixture(double[] model) {
            count = model.length / 13;
            weights = new double[count];
            means = new double[3 * count];
            inverses = new double[count][];
            scales = new double[count];
            System.arraycopy(model, 0, weights, 0, count);
            System.arraycopy(model, count, means, 0, 3 * count);
            for (int k = 0; k < count; k++) {
                double[] c = new double[9];
                System.arraycopy(model, 4 * count + 9 * k, c, 0, 9);
                double det = c[0] * (c[4] * c[8] - c[5] * c[7]) - c[1] * (c[3] * c[8] - c[5] * c[6])
                        + c[2] * (c[3] * c[7] - c[4] * c[6]);
                if (weights[k] <= 0 || det <= 0) {
                    weights[k] = 0;
                    continue;
                }
                inverses[k] = new double[] {
                    (c[4] * c[8] - c[5] * c[7]) / det, (c[2] * c[7] - c[1] * c[8]) / det,
                    (c[1] * c[5] - c[2] * c[4]) / det, (c[5] * c[6] - c[3] * c[8]) / det,
                    (c[0] * c[8] - c[2] * c[6]) / det, (c[2] * c[3] - c[0] * c[5]) / det,
                    (c[3] * c[7] - c[4] * c[6]) / det, (c[1] * c[6] - c[0] * c[7]) / det,
                    (c[0] * c[4] - c[1] * c[3]) / det};
                scales[k] = weights[k] / Math.sqrt(det);
            }
        }

        double density(double b, double g, double r) {
            double sum = 0;
            for (int k = 0; k < count; k++) {
                if (weights[k] == 0) {
                    continue;
                }
                double d0 = b - means[3 * k];
                double d1 = g - means[3 * k + 1];
                double d2 = r - means[3 * k + 2];
                double[] i = inverses[k];
                double q = d0 * (d0 * i[0] + d1 * i[3] + d2 * i[6]) + d1 * (d0 * i[1] + d1 * i[4] + d2 * i[7])
                        + d2 * (d0 * i[2] + d1 * i[5] + d2 * i[8]);
                sum += scales[k] * Math.exp(-0.5 * q);
            }
            return sum;
        }
    }
}
