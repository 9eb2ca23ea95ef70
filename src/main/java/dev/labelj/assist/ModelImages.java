package dev.labelj.assist;

import dev.labelj.image.ImageSizes;
import dev.labelj.image.OpenCv;
import dev.labelj.model.ImageSize;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * Decodes an image for a model and makes its input tensor (docs/adr/0121-letterbox-and-decoding.md). OpenCV
 * decodes from bytes read with NIO, EXIF orientation applied, as Ultralytics' {@code cv2.imread} does. A large
 * JPEG is decoded at 1/2, 1/4 or 1/8 when that is still at least the size it is resized to: a 12 MP photo then
 * costs a tenth of a full decode, and boxes are still measured in the full image (from its header).
 */
final class ModelImages {
    private static final int[] REDUCTIONS = {8, 4, 2};
    private static final int[] REDUCED_FLAGS = {Imgcodecs.IMREAD_REDUCED_COLOR_8, Imgcodecs.IMREAD_REDUCED_COLOR_4,
            Imgcodecs.IMREAD_REDUCED_COLOR_2};

    private ModelImages() {
    }

    static PreparedImage prepare(Path file, ModelInfo model) throws IOException {
        OpenCv.ready();
        byte[] bytes = Files.readAllBytes(file);
        Optional<ImageSizes.Size> header = ImageSizes.fromHeader(file);
        int flag = Imgcodecs.IMREAD_COLOR;
        int reduction = 1;
        if (header.isPresent() && isJpeg(bytes)) {
            Letterbox full = letterbox(header.get().width(), header.get().height(), model);
            for (int i = 0; i < REDUCTIONS.length && reduction == 1; i++) {
                int r = REDUCTIONS[i];
                if (ceilDiv(header.get().width(), r) >= full.resizedWidth()
                        && ceilDiv(header.get().height(), r) >= full.resizedHeight()) {
                    reduction = r;
                    flag = REDUCED_FLAGS[i];
                }
            }
        }
        Mat bgr = decode(file, bytes, flag);
        try {
            ImageSize size = sizeOf(bgr, header, reduction);
            if (size == null) {
                // the header and the decoded picture disagree (an orientation the header reader missed): decode whole
                bgr.release();
                bgr = decode(file, bytes, Imgcodecs.IMREAD_COLOR);
                size = new ImageSize(bgr.cols(), bgr.rows(), header.map(ImageSizes.Size::depth).orElse(3));
            }
            Letterbox box = letterbox(size.width(), size.height(), model);
            return new PreparedImage(file, size, box, tensor(bgr, box));
        } finally {
            bgr.release();
        }
    }

    static PreparedImage prepare(BufferedImage image, Path name, ModelInfo model) {
        OpenCv.ready();
        Mat bgr = toBgr(image);
        try {
            Letterbox box = letterbox(image.getWidth(), image.getHeight(), model);
            int depth = image.getColorModel().getNumColorComponents() == 1 ? 1 : 3;
            return new PreparedImage(name, new ImageSize(image.getWidth(), image.getHeight(), depth), box,
                    tensor(bgr, box));
        } finally {
            bgr.release();
        }
    }

    static Letterbox letterbox(int width, int height, ModelInfo model) {
        return model.layout().stretchesInput()
                ? Letterbox.stretched(width, height, model.inputWidth(), model.inputHeight())
                : Letterbox.centred(width, height, model.inputWidth(), model.inputHeight());
    }

    /** Resize (bilinear, as Ultralytics), pad with grey 114, then RGB, /255 and NCHW in one OpenCV call. */
    static float[] tensor(Mat bgr, Letterbox box) {
        Mat resized = new Mat();
        Mat padded = new Mat();
        Mat blob = null;
        try {
            Imgproc.resize(bgr, resized, new Size(box.resizedWidth(), box.resizedHeight()), 0, 0,
                    Imgproc.INTER_LINEAR);
            Core.copyMakeBorder(resized, padded, box.padTop(), box.padBottom(), box.padLeft(), box.padRight(),
                    Core.BORDER_CONSTANT, Scalar.all(Letterbox.PAD_VALUE));
            blob = Dnn.blobFromImage(padded, 1 / 255.0, new Size(box.inputWidth(), box.inputHeight()),
                    new Scalar(0, 0, 0), true, false);
            float[] values = new float[3 * box.inputWidth() * box.inputHeight()];
            blob.get(new int[] {0, 0, 0, 0}, values);
            return values;
        } finally {
            resized.release();
            padded.release();
            if (blob != null) {
                blob.release();
            }
        }
    }

    private static Mat decode(Path file, byte[] bytes, int flag) throws IOException {
        MatOfByte encoded = new MatOfByte(bytes);
        try {
            Mat decoded = Imgcodecs.imdecode(encoded, flag);
            if (decoded.empty()) {
                throw new IOException(file + ": not an image OpenCV can decode (corrupt, truncated or unsupported)");
            }
            return decoded;
        } finally {
            encoded.release();
        }
    }

    /** The full oriented size, or null when the header's does not match the decoded picture. */
    private static ImageSize sizeOf(Mat decoded, Optional<ImageSizes.Size> header, int reduction) {
        if (header.isEmpty()) {
            return new ImageSize(decoded.cols(), decoded.rows(), 3);
        }
        ImageSizes.Size full = header.get();
        if (ceilDiv(full.width(), reduction) != decoded.cols() || ceilDiv(full.height(), reduction) != decoded.rows()) {
            return null;
        }
        return new ImageSize(full.width(), full.height(), full.depth());
    }

    private static Mat toBgr(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        Mat bgr = new Mat(h, w, CvType.CV_8UC3);
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getData().length == w * h * 3) {
            bgr.put(0, 0, buffer.getData());
            return bgr;
        }
        byte[] row = new byte[w * 3];
        int[] argb = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, argb, 0, w);
            for (int x = 0; x < w; x++) {
                row[3 * x] = (byte) argb[x];
                row[3 * x + 1] = (byte) (argb[x] >> 8);
                row[3 * x + 2] = (byte) (argb[x] >> 16);
            }
            bgr.put(y, 0, row);
        }
        return bgr;
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
    }

    private static int ceilDiv(int value, int divisor) {
        return (value + divisor - 1) / divisor;
    }
}
