package dev.labelj.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header sizes read the first bytes only, and look further when a large block comes before the frame header. */
class ImageSizesTest {
    @TempDir
    Path dir;

    @Test
    void aJpegWhoseFrameHeaderComesAfterALargeBlockIsStillSized() throws Exception {
        byte[] jpeg = jpeg(120, 70);
        // an application block of 60 KB (as a big EXIF thumbnail is) between the start marker and the frame
        int block = 60_000;
        byte[] padded = new byte[jpeg.length + 2 + block];
        padded[0] = (byte) 0xFF;
        padded[1] = (byte) 0xD8;
        padded[2] = (byte) 0xFF;
        padded[3] = (byte) 0xE2;
        padded[4] = (byte) (block >> 8);
        padded[5] = (byte) block;
        System.arraycopy(jpeg, 2, padded, 4 + block, jpeg.length - 2);
        Path file = Files.write(dir.resolve("big-exif.jpg"), padded);
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(120);
        assertThat(ImageSizes.fromHeader(file)).contains(new ImageSizes.Size(120, 70, 3));
    }

    @Test
    void smallFilesAreSizedFromTheirFirstBytes() throws Exception {
        Path jpg = Files.write(dir.resolve("a.jpg"), jpeg(33, 21));
        Path png = dir.resolve("b.png");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
        assertThat(ImageSizes.fromHeader(jpg)).contains(new ImageSizes.Size(33, 21, 3));
        assertThat(ImageSizes.fromHeader(png)).contains(new ImageSizes.Size(64, 48, 1));
        assertThat(ImageSizes.fromHeader(Files.write(dir.resolve("c.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8})))
                .isEmpty();
    }

    private static byte[] jpeg(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR), "jpg", out);
        return out.toByteArray();
    }
}
