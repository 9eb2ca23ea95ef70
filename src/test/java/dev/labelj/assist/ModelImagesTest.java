package dev.labelj.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.labelj.image.OpenCv;
import dev.labelj.model.Box;
import dev.labelj.model.ImageSize;
import java.awt.image.BufferedImage;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfInt;
import org.opencv.core.Scalar;
import org.opencv.imgcodecs.Imgcodecs;

/** Decoding for a model: EXIF orientation, the reduced decode of a large JPEG, and a picture held in memory. */
class ModelImagesTest {
    @TempDir
    Path dir;

    @Test
    void boxesAreInTheExifOrientedFrame() throws Exception {
        // stored 30 x 20 with orientation 6 (rotate 90 degrees): the picture is 20 wide, 30 high
        Path rotated = Path.of(resource("/dev/labelj/image/orient6.jpg"));
        try (Detector detector = Detector.open(TestModels.model("yolov8"), 1)) {
            ImagePrediction prediction = detector.predict(rotated, PredictOptions.DEFAULT);
            assertThat(prediction.size()).isEqualTo(new ImageSize(20, 30, 3));
            Box person = prediction.proposals().get(0).box();
            // 20 x 30 into 320: 213 x 320, 53 columns of padding on the left
            assertThat(person.xMin()).isCloseTo((110 - 53) * 20 / 213.0, within(1e-9));
            assertThat(person.yMax()).isCloseTo(185 * 30 / 320.0, within(1e-9));
        }
    }

    @Test
    void aLargeJpegIsDecodedReducedButMeasuredInFullPixels() throws Exception {
        OpenCv.ready();
        Path jpeg = dir.resolve("big.jpg");
        Mat red = new Mat(1500, 2000, CvType.CV_8UC3, new Scalar(0, 0, 255));
        Imgcodecs.imwrite(jpeg.toString(), red, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, 95));
        red.release();
        try (Detector detector = Detector.open(TestModels.model("yolov8"), 1)) {
            ImagePrediction prediction = detector.predict(jpeg, PredictOptions.DEFAULT);
            assertThat(prediction.size()).isEqualTo(new ImageSize(2000, 1500, 3));
            // the 640 x 480 boxes of DetectorTest, scaled by 2000 / 640
            assertThat(prediction.proposals().get(0).box()).isEqualTo(Box.of("person", 687.5, 593.75, 1312.5, 906.25));
            assertThat(prediction.proposals()).extracting(p -> p.box().label())
                    .containsExactly("person", "dog", "car", "car");
        }
    }

    @Test
    void aPictureInMemoryGivesTheSameProposalsAsItsFile() throws Exception {
        Path file = TestModels.red(dir.resolve("red.png"));
        BufferedImage picture = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                picture.setRGB(x, y, 0xFF0000);
            }
        }
        try (Detector detector = Detector.open(TestModels.model("yolov8"), 1)) {
            List<Proposal> fromFile = detector.predict(file, PredictOptions.DEFAULT).proposals();
            PreparedImage prepared = detector.prepare(picture, file);
            List<Proposal> fromMemory = detector.infer(prepared, PredictOptions.DEFAULT, c -> true,
                    detector.info()::nameOf).proposals();
            assertThat(fromMemory).isEqualTo(fromFile);
        }
    }

    private static java.net.URI resource(String name) throws URISyntaxException {
        return ModelImagesTest.class.getResource(name).toURI();
    }
}
