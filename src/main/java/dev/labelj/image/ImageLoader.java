package dev.labelj.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * Decodes an image file with OpenCV from bytes read by NIO (so non-ASCII paths work everywhere).
 * OpenCV applies the EXIF orientation, so the pixels match what training tools see.
 */
public final class ImageLoader {
    private ImageLoader() {
    }

    public static DecodedImage load(Path file) throws ImageLoadException {
        byte[] bytes = readBytes(file);
        OpenCv.ready();
        MatOfByte encoded = new MatOfByte(bytes);
        Mat decoded = Imgcodecs.imdecode(encoded, Imgcodecs.IMREAD_ANYCOLOR);
        encoded.release();
        try {
            if (decoded.empty()) {
                throw new ImageLoadException(file, "not an image OpenCV can decode (corrupt or unsupported)");
            }
            return new DecodedImage(file, toBufferedImage(decoded), decoded.channels() == 1 ? 1 : 3);
        } finally {
            decoded.release();
        }
    }

    private static byte[] readBytes(Path file) throws ImageLoadException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new ImageLoadException(file, "empty file (0 bytes)");
            }
            return bytes;
        } catch (IOException e) {
            throw new ImageLoadException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** One bulk copy into a byte raster that Java2D paints directly. */
    static BufferedImage toBufferedImage(Mat mat) {
        Mat eightBit = toEightBitGrayOrBgr(mat);
        int type = eightBit.channels() == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
        BufferedImage image = new BufferedImage(eightBit.cols(), eightBit.rows(), type);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        eightBit.get(0, 0, target);
        if (eightBit != mat) {
            eightBit.release();
        }
        return image;
    }

    private static Mat toEightBitGrayOrBgr(Mat mat) {
        Mat result = mat;
        if (mat.depth() != CvType.CV_8U) {
            Mat scaled = new Mat();
            double scale = mat.depth() == CvType.CV_16U ? 1.0 / 257.0 : 1.0;
            mat.convertTo(scaled, CvType.CV_8U, scale);
            result = scaled;
        }
        if (result.channels() == 4) {
            Mat bgr = new Mat();
            Imgproc.cvtColor(result, bgr, Imgproc.COLOR_BGRA2BGR);
            if (result != mat) {
                result.release();
            }
            result = bgr;
        }
        return result;
    }
}
