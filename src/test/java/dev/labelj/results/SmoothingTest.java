package dev.labelj.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** scipy.ndimage.gaussian_filter1d(y, 3) reference values (yolo-results reference §7.3). */
class SmoothingTest {
    private static final double TOLERANCE = 1e-5;

    private static double[] smoothed(String fixture, String column) {
        return Smoothing.gaussian(Fixtures.read(fixture).values(column).orElseThrow());
    }

    @Test
    void kernelIsScipysRadius12Sigma3() {
        double[] kernel = Smoothing.kernel();
        assertThat(kernel).hasSize(25);
        double[] fromCentre = {0.132985, 0.125798, 0.106486, 0.080659, 0.054672, 0.033160, 0.017998, 0.008741,
            0.003799, 0.001477, 0.000514, 0.000160, 0.000045};
        for (int k = 0; k <= 12; k++) {
            assertThat(kernel[12 + k]).isCloseTo(fromCentre[k], offset(1e-6));
            assertThat(kernel[12 - k]).isEqualTo(kernel[12 + k]);
        }
        assertThat(Arrays.stream(kernel).sum()).isCloseTo(1.0, offset(1e-12));
    }

    @Test
    void threeEpochSeriesReflectsRepeatedly() {
        double[] y = smoothed("yolov5-Grafit-Kil-helmet-detection-exp-3ep.csv", "metrics/mAP_0.5:0.95");
        assertThat(y).containsExactly(new double[] {0.456838, 0.457114, 0.457388}, offset(TOLERANCE));
    }

    @Test
    void fiftyEpochSeriesMatchesAtBothEnds() {
        double[] y = smoothed("yolov5-483172-custom_lego_dataset-exp-50ep.csv", "metrics/mAP_0.5:0.95");
        assertThat(Arrays.copyOf(y, 5)).containsExactly(
                new double[] {0.336748, 0.360423, 0.403752, 0.459914, 0.521241}, offset(TOLERANCE));
        assertThat(Arrays.copyOfRange(y, 47, 50)).containsExactly(
                new double[] {0.931025, 0.931880, 0.932310}, offset(TOLERANCE));
    }

    @Test
    void singleValueIsItself() {
        double[] y = smoothed("yolo26-0x90Vold-plant-disease-train2-1ep.csv", "metrics/mAP50-95(B)");
        assertThat(y).containsExactly(new double[] {0.17393}, offset(TOLERANCE));
    }

    @Test
    void nanPoisonsTwelveEpochsEitherSideLikeScipy() {
        double[] y = smoothed("yolov5-AhmetKoraySonal-lid-state-151of300ep-interrupted-nan.csv", "val/box_loss");
        for (int i = 0; i <= 13; i++) {
            assertThat(y[i]).as("index %d", i).isNaN();
        }
        assertThat(y[14]).isNotNaN();
        assertThat(Arrays.copyOfRange(y, y.length - 3, y.length)).containsExactly(
                new double[] {0.020626, 0.020613, 0.020605}, offset(TOLERANCE));
    }

    @Test
    void reflectRepeatsTheEdgeSample() {
        assertThat(Smoothing.reflect(-1, 4)).isZero();
        assertThat(Smoothing.reflect(-2, 4)).isEqualTo(1);
        assertThat(Smoothing.reflect(4, 4)).isEqualTo(3);
        assertThat(Smoothing.reflect(5, 4)).isEqualTo(2);
        assertThat(Smoothing.reflect(8, 4)).isZero();
        assertThat(Smoothing.reflect(-12, 2)).isZero();
    }
}
