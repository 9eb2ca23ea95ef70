package dev.labelj.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Lossless test pictures whose columns and rows differ: a column shown twice or left out shows in the pixels. */
public final class TestPatterns {
    private TestPatterns() {
    }

    /** A PNG of {@code width} x {@code height}, a colour of its own every three columns and rows. */
    public static Path png(Path file, int width, int height) throws IOException {
        BufferedImage source = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                source.setRGB(x, y, (x / 3 * 40503 + y / 3 * 9973) & 0xFFFFFF);
            }
        }
        ImageIO.write(source, "png", file.toFile());
        return file;
    }
}
