package dev.labelj.image;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * A decoded, EXIF-oriented image ready to paint. {@code depth} is 1 for grayscale and 3 for colour,
 * as Pascal VOC writes it.
 */
public record DecodedImage(Path file, BufferedImage image, int depth) {
    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }
}
