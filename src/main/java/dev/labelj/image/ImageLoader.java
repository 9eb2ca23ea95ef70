package dev.labelj.image;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Optional;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Decodes an image file with OpenCV from bytes read by NIO (so non-ASCII paths work everywhere).
 * OpenCV applies the EXIF orientation, so the pixels match what training tools see.
 *
 * <p>Very large images are decoded as a reduced display copy (see docs/adr/0020): the display copy
 * never has more than {@link #MAX_DISPLAY_PIXELS} pixels, while {@link DecodedImage#width()} and
 * {@link DecodedImage#height()} still give the full-resolution size that boxes are measured in.
 */
public final class ImageLoader {
    /** Largest display copy (120 MB as 8-bit BGR); larger images are decoded at 1/2, 1/4 or 1/8. */
    public static final long MAX_DISPLAY_PIXELS = 40_000_000L;
    /** OpenCV's own decode limit; JPEG is DCT-scaled while decoding, so it can go this far. */
    public static final long MAX_JPEG_PIXELS = 1L << 30;
    /** Other formats decode at full size in native memory before being reduced: cap that at 900 MB. */
    public static final long MAX_OTHER_PIXELS = 300_000_000L;
    /**
     * The decoder's own working memory per image, whatever the reduction (a progressive JPEG's coefficients): the
     * window decodes a few neighbours at once, so each may take this much (docs/adr/0132-decode-memory-per-image.md).
     */
    public static final long MAX_WORKING_BYTES = 512L << 20;

    private static final int[] REDUCTIONS = {1, 2, 4, 8};

    private ImageLoader() {
    }

    /** Full resolution (or the smallest reduction that fits {@link #MAX_DISPLAY_PIXELS}). */
    public static DecodedImage load(Path file) throws ImageLoadException {
        try (NativeFileBytes bytes = NativeFileBytes.read(file)) {
            return decode(file, bytes.bytes(), 1, null);
        }
    }

    /**
     * Full resolution for a view of this size: a copy already scaled to fit it (see {@link FitSize})
     * on the heap, the full-resolution pixels in native memory (see {@link DecodedImage}).
     */
    public static DecodedImage load(Path file, int viewWidth, int viewHeight) throws ImageLoadException {
        try (NativeFileBytes bytes = NativeFileBytes.read(file)) {
            return decode(file, bytes.bytes(), 1, new int[] {viewWidth, viewHeight});
        }
    }

    /**
     * A display copy that is still sharp when the whole image is fitted into a view of this size:
     * JPEGs are decoded at the largest reduction (1/2, 1/4, 1/8) that keeps at least one display-copy
     * pixel per view pixel, which is much faster than a full decode. Other formats decode in full.
     * Comes with a copy already scaled to fit the view; the display copy stays in native memory.
     */
    public static DecodedImage loadToFit(Path file, int viewWidth, int viewHeight) throws ImageLoadException {
        try (NativeFileBytes bytes = NativeFileBytes.read(file)) {
            int hint = ImageHeader.read(bytes.bytes())
                    .filter(h -> h.format() == ImageHeader.Format.JPEG)
                    .map(h -> reductionToFit(h.width(), h.height(), viewWidth, viewHeight))
                    .orElse(1);
            return decode(file, bytes.bytes(), hint, new int[] {viewWidth, viewHeight});
        }
    }

    /** The largest of 1, 2, 4, 8 that still gives at least one image pixel per view pixel at fit zoom. */
    public static int reductionToFit(int imageWidth, int imageHeight, int viewWidth, int viewHeight) {
        double pixelsPerViewPixel = Math.max((double) imageWidth / Math.max(1, viewWidth),
                (double) imageHeight / Math.max(1, viewHeight));
        int best = 1;
        for (int r : REDUCTIONS) {
            if (r <= pixelsPerViewPixel) {
                best = r;
            }
        }
        return best;
    }

    /** Decodes bytes already in memory; {@code reductionHint} (1, 2, 4, 8) applies to JPEG only. */
    public static DecodedImage decode(Path file, byte[] bytes, int reductionHint) throws ImageLoadException {
        return decode(file, ByteBuffer.wrap(bytes), reductionHint, null);
    }

    /** {@code view} is {width, height} of the view to prepare a fitted copy for, or null for none. */
    private static DecodedImage decode(Path file, ByteBuffer bytes, int reductionHint, int[] view)
            throws ImageLoadException {
        if (bytes.limit() == 0) {
            throw new ImageLoadException(file, ImageLoadException.Reason.EMPTY, "empty file (0 bytes)");
        }
        Optional<ImageHeader> header = ImageHeader.read(bytes);
        if (header.map(h -> h.format() == ImageHeader.Format.JPEG).orElse(false)
                && ImageHeader.isTruncatedJpeg(bytes)) {
            throw new ImageLoadException(file, ImageLoadException.Reason.TRUNCATED,
                    "truncated JPEG (the image data stops before its end)");
        }
        int reduction = header.isPresent() ? reductionFor(file, header.get(), reductionHint) : 1;
        boolean alpha = header.isEmpty() || header.get().format() == ImageHeader.Format.PNG
                ? AlphaSniffer.mayHaveAlpha(bytes) : false;
        Mat decoded = imdecode(file, bytes, DecodeFlags.of(reduction, header.map(ImageHeader::channels), alpha));
        boolean kept = false;
        try {
            if (decoded.empty()) {
                throw new ImageLoadException(file, ImageLoadException.Reason.NOT_AN_IMAGE,
                        "not an image OpenCV can decode (corrupt, truncated or unsupported)");
            }
            DecodedImage image = toDecodedImage(file, decoded, header, reduction, view);
            kept = image.isNative();
            return image;
        } catch (OutOfMemoryError e) {
            throw new ImageLoadException(file, ImageLoadException.Reason.TOO_LARGE,
                    "too large to show (" + decoded.cols() + " x " + decoded.rows() + " px)", e);
        } finally {
            if (!kept) {
                decoded.release();
            }
        }
    }

    /**
     * For a view ({@code view} not null) with a fitted copy, the decoded Mat is kept as the native
     * display copy and no full-size heap copy is made; otherwise the pixels are copied to the heap.
     */
    private static DecodedImage toDecodedImage(Path file, Mat decoded, Optional<ImageHeader> header, int reduction,
            int[] view) {
        boolean gray = header.map(h -> h.channels() == 1).orElse(false) || decoded.channels() == 1;
        int depth = gray ? 1 : 3;
        boolean reduced = reduction > 1 && header.isPresent();
        int imageWidth = reduced ? header.get().width() : decoded.cols();
        int imageHeight = reduced ? header.get().height() : decoded.rows();
        var fitted = view == null ? null
                : MatImages.fittedCopy(decoded, FitSize.of(imageWidth, imageHeight, view[0], view[1]));
        if (fitted != null) {
            return new DecodedImage(file, new NativePixels(decoded), depth, imageWidth, imageHeight,
                    reduced ? reduction : 1, fitted);
        }
        var image = MatImages.toBufferedImage(decoded);
        return new DecodedImage(file, image, depth, imageWidth, imageHeight, reduced ? reduction : 1);
    }

    private static int reductionFor(Path file, ImageHeader header, int hint) throws ImageLoadException {
        boolean jpeg = header.format() == ImageHeader.Format.JPEG;
        long limit = jpeg ? MAX_JPEG_PIXELS : MAX_OTHER_PIXELS;
        if (header.pixels() > limit) {
            throw tooLarge(file, header);
        }
        if (header.workingBytes() > MAX_WORKING_BYTES) {
            throw new ImageLoadException(file, ImageLoadException.Reason.TOO_LARGE,
                    "too large to open as a progressive JPEG (" + header.width() + " x " + header.height()
                    + " px needs about "
                    + (header.workingBytes() >> 20) + " MB to decode, more than " + (MAX_WORKING_BYTES >> 20)
                    + " MB); save it as a baseline JPEG, which opens reduced");
        }
        int reduction = jpeg ? hint : 1;
        while (header.pixels() / ((long) reduction * reduction) > MAX_DISPLAY_PIXELS) {
            reduction *= 2;
        }
        if (reduction > 8) {
            throw tooLarge(file, header);
        }
        return reduction;
    }

    private static ImageLoadException tooLarge(Path file, ImageHeader header) {
        return new ImageLoadException(file, ImageLoadException.Reason.TOO_LARGE,
                "too large to open (" + header.width() + " x " + header.height() + " px)");
    }

    /** Decodes from native bytes without a copy; heap bytes are copied into a Mat first. */
    private static Mat imdecode(Path file, ByteBuffer bytes, int flags) throws ImageLoadException {
        OpenCv.ready();
        Mat encoded = bytes.isDirect() ? new Mat(1, bytes.limit(), CvType.CV_8UC1, bytes)
                : new MatOfByte(bytes.array());
        try {
            return Imgcodecs.imdecode(encoded, flags);
        } catch (RuntimeException e) {
            throw new ImageLoadException(file, ImageLoadException.Reason.NOT_AN_IMAGE,
                    "OpenCV could not decode it: " + e.getMessage(), e);
        } finally {
            encoded.release();
        }
    }
}
