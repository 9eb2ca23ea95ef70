package dev.labelj.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.nio.file.Path;

/**
 * A decoded, EXIF-oriented image ready to paint.
 *
 * <p>{@code image} is the display copy; it may be reduced (by {@code reduction} = 2, 4 or 8) for a
 * fast first look or because the image is very large. {@code imageWidth}/{@code imageHeight} are
 * always the full-resolution size of the oriented image: the coordinate space of boxes and the size
 * written to annotation files. {@code depth} is 1 for grayscale and 3 for colour, as Pascal VOC
 * writes it. {@code fitted}, when not null, is the picture already scaled (area-averaged) to the
 * {@link FitSize} of the view it was decoded for, in the screen's pixel layout, so painting the
 * whole image is a 1:1 copy rather than a 12-megapixel scale on the event thread.
 */
public record DecodedImage(Path file, BufferedImage image, int depth, int imageWidth, int imageHeight,
        int reduction, BufferedImage fitted) {

    /** A full-resolution image: the display copy is the image itself. */
    public static DecodedImage full(Path file, BufferedImage image, int depth) {
        return new DecodedImage(file, image, depth, image.getWidth(), image.getHeight(), 1, null);
    }

    /** Full-resolution width in image pixels (the box coordinate space). */
    public int width() {
        return imageWidth;
    }

    /** Full-resolution height in image pixels (the box coordinate space). */
    public int height() {
        return imageHeight;
    }

    public boolean isReduced() {
        return reduction > 1;
    }

    /** Display-copy pixels per full-resolution image pixel (1, 1/2, 1/4, 1/8 up to rounding). */
    public double displayScaleX() {
        return (double) image.getWidth() / imageWidth;
    }

    public double displayScaleY() {
        return (double) image.getHeight() / imageHeight;
    }

    /** Bytes held by the display copy's pixels (what the cache counts against its bound). */
    public long pixelBytes() {
        return bytes(image) + (fitted == null ? 0 : bytes(fitted));
    }

    private static long bytes(BufferedImage picture) {
        DataBuffer buffer = picture.getRaster().getDataBuffer();
        return (long) buffer.getSize() * buffer.getNumBanks() * DataBuffer.getDataTypeSize(buffer.getDataType()) / 8;
    }
}
