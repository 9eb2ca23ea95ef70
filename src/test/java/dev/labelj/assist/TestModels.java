package dev.labelj.assist;

import dev.labelj.image.OpenCv;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * The generated test models (src/test/models/make_test_models.py) and solid-colour pictures to feed them.
 * Their outputs are known: see the generator for each row.
 */
public final class TestModels {
    private TestModels() {
    }

    public static Path model(String name) {
        try {
            return Path.of(TestModels.class.getResource("/dev/labelj/assist/" + name + ".onnx").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A solid picture written as PNG; colour as OpenCV orders it (blue, green, red). */
    public static Path solidImage(Path file, int width, int height, double blue, double green, double red) {
        OpenCv.ready();
        Mat pixels = new Mat(height, width, CvType.CV_8UC3, new Scalar(blue, green, red));
        try {
            if (!Imgcodecs.imwrite(file.toString(), pixels)) {
                throw new IllegalStateException("cannot write " + file);
            }
            return file;
        } finally {
            pixels.release();
        }
    }

    public static Path red(Path file) {
        return solidImage(file, 640, 480, 0, 0, 255);
    }
}
