package dev.labelj.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few pixels of the full-resolution copy for the loupe, read from native memory without copying the image. */
class DecodedImageRegionTest {
    @TempDir
    Path temp;

    /** A 600 x 400 PNG (lossless, so pixels keep their values) whose pixel (x, y) has red x % 256, green y % 256. */
    private Path gradient() throws Exception {
        BufferedImage picture = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 600; x++) {
                picture.setRGB(x, y, (x % 256) << 16 | (y % 256) << 8 | 0x40);
            }
        }
        Path file = temp.resolve("gradient.png");
        ImageIO.write(picture, "png", file.toFile());
        return file;
    }

    @Test
    void readsTheRequestedPixelsFromTheNativeFullResolutionCopy() throws Exception {
        DecodedImage image = ImageLoader.load(gradient(), 200, 150);
        assertThat(image.isNative()).as("the display copy is in native memory").isTrue();
        assertThat(image.reduction()).isEqualTo(1);
        BufferedImage part = image.region(310, 120, 5, 4);
        assertThat(part.getWidth()).isEqualTo(5);
        assertThat(part.getHeight()).isEqualTo(4);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 5; x++) {
                int expected = ((310 + x) % 256) << 16 | (120 + y) << 8 | 0x40;
                assertThat(part.getRGB(x, y) & 0xffffff).as("pixel %d,%d", 310 + x, 120 + y).isEqualTo(expected);
            }
        }
    }

    @Test
    void isClippedToThePictureAndEmptyOutsideIt() throws Exception {
        DecodedImage image = ImageLoader.load(gradient(), 200, 150);
        BufferedImage corner = image.region(-3, -2, 6, 6);
        assertThat(corner.getWidth()).isEqualTo(3);
        assertThat(corner.getHeight()).isEqualTo(4);
        assertThat(corner.getRGB(0, 0) & 0xffffff).as("the picture's own top-left pixel").isEqualTo(0x000040);
        assertThat(image.region(600, 0, 4, 4)).isNull();
    }

    @Test
    void givesNothingOnceTheCacheFreedThePixels() throws Exception {
        DecodedImage image = ImageLoader.load(gradient(), 200, 150);
        image.release();
        assertThat(image.region(0, 0, 4, 4)).isNull();
    }

    @Test
    void aHeapImageGivesItsOwnPixels() {
        BufferedImage picture = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(7, 3, 0x123456);
        DecodedImage image = DecodedImage.full(Path.of("p.png"), picture, 3);
        assertThat(image.region(6, 2, 3, 3).getRGB(1, 1) & 0xffffff).isEqualTo(0x123456);
    }
}
