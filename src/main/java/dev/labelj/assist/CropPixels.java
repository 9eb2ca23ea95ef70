package dev.labelj.assist;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** A rectangle of a picture as an OpenCV matrix, for the tools that work on one box's surroundings. */
final class CropPixels {
    private CropPixels() {
    }

    /** The crop as 8-bit BGR, scaled by {@code factor} (area-averaged, so fine detail is not aliased). */
    static Mat scaledBgr(BufferedImage picture, PixelRect crop, double factor) {
        Mat full = new Mat(crop.height, crop.width, CvType.CV_8UC3);
        byte[] data = plainBgr(picture);
        if (data == null) {
            full.put(0, 0, bgrBytes(picture, crop));
        } else if (crop.x == 0 && crop.width == picture.getWidth()) {
            // whole rows lie one after another: one copy straight into the matrix
            full.put(0, 0, data, crop.y * crop.width * 3, crop.height * crop.width * 3);
        } else {
            for (int row = 0; row < crop.height; row++) {
                full.put(row, 0, data, ((crop.y + row) * picture.getWidth() + crop.x) * 3, crop.width * 3);
            }
        }
        if (factor >= 1.0) {
            return full;
        }
        Mat scaled = scaled(full, factor);
        full.release();
        return scaled;
    }

    /** The picture's own B, G, R bytes, row after row, when it keeps them so (else null). */
    private static byte[] plainBgr(BufferedImage picture) {
        return picture.getType() == BufferedImage.TYPE_3BYTE_BGR
                && picture.getRaster().getDataBuffer() instanceof DataBufferByte bytes
                && picture.getRaster().getParent() == null ? bytes.getData() : null;
    }

    /** The crop's pixels as interleaved B, G, R bytes: copied row by row from a BGR picture, else per sample. */
    static byte[] bgrBytes(BufferedImage picture, PixelRect crop) {
        byte[] out = new byte[crop.width * crop.height * 3];
        byte[] data = plainBgr(picture);
        if (data != null) {
            for (int row = 0; row < crop.height; row++) {
                System.arraycopy(data, ((crop.y + row) * picture.getWidth() + crop.x) * 3, out,
                        row * crop.width * 3, crop.width * 3);
            }
            return out;
        }
        Raster raster = picture.getRaster();
        int bands = raster.getNumBands();
        int[] samples = new int[crop.width * bands];
        for (int row = 0; row < crop.height; row++) {
            raster.getPixels(crop.x, crop.y + row, crop.width, 1, samples);
            for (int column = 0; column < crop.width; column++) {
                int at = column * bands;
                int red = samples[at];
                int green = bands >= 3 ? samples[at + 1] : red;
                int blue = bands >= 3 ? samples[at + 2] : red;
                int to = (row * crop.width + column) * 3;
                out[to] = (byte) blue;
                out[to + 1] = (byte) green;
                out[to + 2] = (byte) red;
            }
        }
        return out;
    }

    /** Area-averaged, so fine detail is not aliased. */
    static Mat scaled(Mat source, double factor) {
        Mat scaled = new Mat();
        Size size = new Size(Math.max(1, Math.round(source.cols() * factor)),
                Math.max(1, Math.round(source.rows() * factor)));
        Imgproc.resize(source, scaled, size, 0, 0, Imgproc.INTER_AREA);
        return scaled;
    }
}
