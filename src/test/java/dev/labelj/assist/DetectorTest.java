package dev.labelj.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.labelj.model.Box;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each layout's model end to end through ONNX Runtime: a 640 x 480 picture, letterboxed, decoded, suppressed
 * and mapped back. The expected boxes are computed by hand from the generator's rows (input pixels) and the
 * letterbox: 640 x 480 into 320 x 320 is gain 0.5 with 40 rows of padding above.
 */
class DetectorTest {
    /** Mean red of a red 640 x 480 picture in a 320 x 320 input: 3/4 picture (1.0), 1/4 padding (114/255). */
    private static final double MEAN_RED = 0.75 + 0.25 * 114 / 255.0;

    @TempDir
    Path dir;

    @Test
    void yolov8DecodesSuppressesPerClassAndClipsToTheImage() throws Exception {
        try (Detector detector = Detector.open(TestModels.model("yolov8"), 1)) {
            assertThat(detector.info().layout()).isEqualTo(ModelLayout.YOLOV8);
            assertThat(detector.info().names()).containsExactly("person", "car", "dog");
            assertThat(detector.info().inputWidth()).isEqualTo(320);
            List<Proposal> found = detector.predict(TestModels.red(dir.resolve("red.png")), PredictOptions.DEFAULT)
                    .proposals();
            assertThat(found).extracting(Proposal::box).containsExactly(
                    Box.of("person", 220, 190, 420, 290),
                    Box.of("dog", 80, 0, 160, 80),
                    Box.of("car", 230, 194, 430, 294),
                    Box.of("car", 0, 460, 80, 480));
            assertThat(found.get(0).score()).isCloseTo(0.9, within(1e-6));
            assertThat(found.get(1).score()).isCloseTo(MEAN_RED, within(1e-3));
        }
    }

    @Test
    void inputIsRgbSoABluePictureHasLittleRed() throws Exception {
        Path blue = TestModels.solidImage(dir.resolve("blue.png"), 640, 480, 255, 0, 0);
        try (Detector detector = Detector.open(TestModels.model("yolov8"), 1)) {
            assertThat(detector.predict(blue, PredictOptions.DEFAULT).proposals())
                    .extracting(p -> p.box().label()).doesNotContain("dog");
        }
    }

    @Test
    void yolov5MultipliesObjectnessAndLetterboxesARectangularInput() throws Exception {
        try (Detector detector = Detector.open(TestModels.model("yolov5"), 1)) {
            ModelInfo info = detector.info();
            assertThat(info.layout()).isEqualTo(ModelLayout.YOLOV5);
            assertThat(info.inputWidth()).isEqualTo(320);
            assertThat(info.inputHeight()).isEqualTo(256);
            assertThat(info.names()).containsExactly("cat", "bird's nest");
            List<Proposal> found = detector.predict(TestModels.red(dir.resolve("red.png")), PredictOptions.DEFAULT)
                    .proposals();
            // 640 x 480 into 320 wide, 256 high: gain 0.5, 8 rows of padding above
            assertThat(found).extracting(Proposal::box).containsExactly(
                    Box.of("bird's nest", 370, 64, 430, 144),
                    Box.of("cat", 256, 208, 384, 272));
            assertThat(found.get(0).score()).isCloseTo(0.72, within(1e-6));
            assertThat(found.get(1).score()).isCloseTo(0.45, within(1e-6));
        }
    }

    @Test
    void endToEndKeepsOverlappingBoxesBecauseTheModelDidItsOwnSuppression() throws Exception {
        try (Detector detector = Detector.open(TestModels.model("end2end"), 1)) {
            assertThat(detector.info().layout()).isEqualTo(ModelLayout.END_TO_END);
            List<Proposal> found = detector.predict(TestModels.red(dir.resolve("red.png")), PredictOptions.DEFAULT)
                    .proposals();
            assertThat(found).extracting(Proposal::box).containsExactly(
                    Box.of("b", 80, 20, 240, 260),
                    Box.of("b", 84, 24, 244, 264));
        }
    }

    @Test
    void rtDetrScalesNormalisedBoxesOfAStretchedInput() throws Exception {
        try (Detector detector = Detector.open(TestModels.model("rtdetr"), 1)) {
            assertThat(detector.info().layout()).isEqualTo(ModelLayout.RT_DETR);
            List<Proposal> found = detector.predict(TestModels.red(dir.resolve("red.png")), PredictOptions.DEFAULT)
                    .proposals();
            // stretched: x by 640/320, y by 480/320
            assertThat(found).extracting(Proposal::box).containsExactly(
                    Box.of("x", 128, 96, 192, 144),
                    Box.of("y", 240, 120, 400, 360));
        }
    }

    @Test
    void aDynamicInputTakesItsSizeFromTheImgszMetadata() throws Exception {
        try (Detector detector = Detector.open(TestModels.model("yolov8-dynamic"), 1)) {
            assertThat(detector.info().inputWidth()).isEqualTo(320);
            assertThat(detector.info().inputHeight()).isEqualTo(320);
            assertThat(detector.predict(TestModels.red(dir.resolve("red.png")), PredictOptions.DEFAULT).proposals())
                    .extracting(Proposal::box).startsWith(Box.of("person", 220, 190, 420, 290));
        }
    }

    @Test
    void aModelWithoutMetadataHasNoNamesAndShowsIds() throws Exception {
        try (Detector detector = Detector.open(TestModels.model("yolov8-no-metadata"), 1)) {
            assertThat(detector.info().hasNames()).isFalse();
            assertThat(detector.info().classCount()).isEqualTo(3);
            assertThat(detector.predict(TestModels.red(dir.resolve("red.png")), PredictOptions.DEFAULT).proposals())
                    .extracting(p -> p.box().label()).startsWith("class_0", "class_2");
        }
    }

    @Test
    void aModelOfNoKnownLayoutIsRefusedNamingItsShapes() {
        Path model = TestModels.model("unknown-layout");
        assertThatThrownBy(() -> Detector.open(model, 1))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining(model.toString())
                .hasMessageContaining("input [1, 3, 64, 64], output [1, 5]");
    }

    @Test
    void aFileThatIsNoModelIsRefusedNamingIt() throws Exception {
        Path notAModel = java.nio.file.Files.writeString(dir.resolve("best.onnx"), "not a model");
        assertThatThrownBy(() -> Detector.open(notAModel, 1))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith(notAModel.toString());
    }

    @Test
    void confidenceAndClassFilterApplyBeforeSuppression() throws Exception {
        try (Detector detector = Detector.open(TestModels.model("yolov8"), 1)) {
            PreparedImage prepared = detector.prepare(TestModels.red(dir.resolve("red.png")));
            // without person (class 0) the second person row cannot come back either: it is that class
            List<Proposal> noPeople = detector.infer(prepared, PredictOptions.DEFAULT.withConfidence(0.65),
                    c -> c != 0, detector.info()::nameOf).proposals();
            assertThat(noPeople).extracting(p -> p.box().label()).containsExactly("dog", "car");
        }
    }
}
