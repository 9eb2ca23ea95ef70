package dev.labelj.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfInt;
import java.util.List;

/** Mat to BufferedImage in one bulk copy, into the byte layouts Java2D paints without conversion. */
final class MatImages {
    private MatImages() {
    }

    static BufferedImage toBufferedImage(Mat mat) {
        Mat eightBit = toEightBit(mat);
        Mat laidOut = toJavaByteOrder(eightBit);
        try {
            BufferedImage image = new BufferedImage(laidOut.cols(), laidOut.rows(), typeFor(laidOut.channels()));
            byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            laidOut.get(0, 0, target);
            return image;
        } finally {
            releaseIfCopy(laidOut, mat);
            releaseIfCopy(eightBit, mat);
        }
    }

    /**
     * The picture scaled down to {@code size} in native memory (see {@link FittedPixels}); null when
     * it would be larger, or the image has alpha. A decode of exactly the fit size (a reduced JPEG decode for a
     * view its size) gets one too: the canvas paints it 1:1.
     */
    static FittedPixels fittedCopy(Mat mat, FitSize size) {
        if (size.width() > mat.cols() || size.height() > mat.rows() || mat.channels() == 4
                || mat.channels() == 2) {
            return null;
        }
        Mat eightBit = toEightBit(mat);
        try {
            return FittedPixels.of(eightBit, size);
        } finally {
            releaseIfCopy(eightBit, mat);
        }
    }

    private static int typeFor(int channels) {
        return switch (channels) {
            case 1 -> BufferedImage.TYPE_BYTE_GRAY;
            case 3 -> BufferedImage.TYPE_3BYTE_BGR;
            case 4 -> BufferedImage.TYPE_4BYTE_ABGR;
            default -> throw new IllegalArgumentException("unexpected channel count " + channels);
        };
    }

    /** 16-bit maps 0..65535 onto 0..255; floats are taken as 0..1; other depths are stretched. */
    private static Mat toEightBit(Mat mat) {
        if (mat.depth() == CvType.CV_8U) {
            return mat;
        }
        Mat scaled = new Mat();
        int depth = mat.depth();
        if (depth == CvType.CV_16U) {
            mat.convertTo(scaled, CvType.CV_8U, 1.0 / 257.0);
        } else if (depth == CvType.CV_32F || depth == CvType.CV_64F) {
            mat.convertTo(scaled, CvType.CV_8U, 255.0);
        } else {
            Core.normalize(mat, scaled, 0, 255, Core.NORM_MINMAX, CvType.CV_8U);
        }
        return scaled;
    }

    /** BGR and gray match Java's byte order already; BGRA becomes ABGR; gray+alpha keeps the gray. */
    private static Mat toJavaByteOrder(Mat mat) {
        if (mat.channels() == 4) {
            Mat abgr = new Mat(mat.rows(), mat.cols(), CvType.CV_8UC4);
            Core.mixChannels(List.of(mat), List.of(abgr), new MatOfInt(3, 0, 0, 1, 1, 2, 2, 3));
            return abgr;
        }
        if (mat.channels() == 2) {
            Mat gray = new Mat();
            Core.extractChannel(mat, gray, 0);
            return gray;
        }
        return mat;
    }

    private static void releaseIfCopy(Mat candidate, Mat original) {
        if (candidate != original) {
            candidate.release();
        }
    }
}
