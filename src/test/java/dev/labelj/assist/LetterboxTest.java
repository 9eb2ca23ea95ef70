package dev.labelj.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** The letterbox as Ultralytics computes it, and the way back as a round trip over many sizes. */
class LetterboxTest {
    @Test
    void centresAndPadsLikeUltralytics() {
        // 4000 x 3000 into 640: gain 0.16, 640 x 480, 80 rows of padding above and below
        Letterbox box = Letterbox.centred(4000, 3000, 640, 640);
        assertThat(box.resizedWidth()).isEqualTo(640);
        assertThat(box.resizedHeight()).isEqualTo(480);
        assertThat(box.padTop()).isEqualTo(80);
        assertThat(box.padBottom()).isEqualTo(80);
        // an odd padding puts the extra pixel below: 640 - 427 = 213 = 106 above + 107 below
        Letterbox odd = Letterbox.centred(3000, 2000, 640, 640);
        assertThat(odd.resizedHeight()).isEqualTo(427);
        assertThat(odd.padTop()).isEqualTo(106);
        assertThat(odd.padBottom()).isEqualTo(107);
    }

    @Test
    void roundsHalfToEvenAsPythonDoes() {
        // 101 x 50 into 64: gain 64/101, 50 * 64 / 101 = 31.68 -> 32; 5 x 1 into 2: 0.4 -> 0
        Letterbox box = Letterbox.centred(5, 2, 2, 2);
        // gain 0.4: 5 * 0.4 = 2, 2 * 0.4 = 0.8 -> 1
        assertThat(box.resizedWidth()).isEqualTo(2);
        assertThat(box.resizedHeight()).isEqualTo(1);
        // 10 x 5 into 5: gain 0.5 -> 5 x 2.5, Python's round(2.5) is 2
        assertThat(Letterbox.centred(10, 5, 5, 5).resizedHeight()).isEqualTo(2);
    }

    @Test
    void mapsInsideThePictureBackToWhereItCameFrom() {
        qt().forAll(integers().between(1, 8000), integers().between(1, 8000), integers().between(32, 1280),
                integers().between(32, 1280)).checkAssert((w, h, inW, inH) -> {
                    for (Letterbox box : new Letterbox[] {Letterbox.centred(w, h, inW, inH),
                            Letterbox.stretched(w, h, inW, inH)}) {
                        assertThat(box.padLeft() + box.resizedWidth() + box.padRight()).isEqualTo(inW);
                        assertThat(box.padTop() + box.resizedHeight() + box.padBottom()).isEqualTo(inH);
                        assertThat(box.padLeft()).isBetween(0, inW);
                        assertThat(box.padTop()).isBetween(0, inH);
                        for (double x : new double[] {0, w / 3.0, w}) {
                            assertThat(box.toImageX(box.toInputX(x))).isCloseTo(x, within(1e-6 * w));
                        }
                        for (double y : new double[] {0, h / 7.0, h}) {
                            assertThat(box.toImageY(box.toInputY(y))).isCloseTo(y, within(1e-6 * h));
                        }
                    }
                });
    }

    @Test
    void thePaddingMapsOutsideAndIsClippedToTheImage() {
        Letterbox box = Letterbox.centred(640, 480, 320, 320);
        assertThat(box.toImageY(0)).isZero();
        assertThat(box.toImageY(320)).isEqualTo(480);
        assertThat(box.toImageY(40)).isZero();
        assertThat(box.toImageY(280)).isEqualTo(480);
    }
}
