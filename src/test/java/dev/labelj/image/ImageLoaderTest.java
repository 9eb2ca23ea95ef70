package dev.labelj.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageLoaderTest {
    @TempDir
    Path temp;

    /** Copies a committed fixture (made once, see SOURCES.md) into the temp dir. */
    private Path fixture(String name) throws IOException {
        return fixture(name, name);
    }

    private Path fixture(String name, String as) throws IOException {
        Path target = temp.resolve(as);
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, target);
        }
        return target;
    }

    private static int red(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) >> 16) & 0xFF;
    }

    private static int blue(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFF;
    }

    private static void assertRedMarkerTopLeftOnBlue(DecodedImage decoded) {
        BufferedImage image = decoded.image();
        assertThat(decoded.width()).isEqualTo(30);
        assertThat(decoded.height()).isEqualTo(20);
        assertThat(decoded.depth()).isEqualTo(3);
        assertThat(red(image, 2, 2)).isGreaterThan(200);
        assertThat(blue(image, 2, 2)).isLessThan(60);
        assertThat(blue(image, 25, 15)).isGreaterThan(200);
        assertThat(red(image, 25, 15)).isLessThan(60);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rgb.png", "rgb.bmp", "rgb.tif", "rgb.webp", "cmyk.jpg"})
    void decodesEachColourFormatWithItsPixelsInPlace(String name) throws Exception {
        DecodedImage decoded = ImageLoader.load(fixture(name));
        assertRedMarkerTopLeftOnBlue(decoded);
        assertThat(decoded.image().getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(decoded.isReduced()).isFalse();
    }

    @Test
    void grayscaleStaysOneChannelWithDepthOne() throws Exception {
        DecodedImage decoded = ImageLoader.load(fixture("gray.png"));
        assertThat(decoded.depth()).isEqualTo(1);
        assertThat(decoded.image().getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(decoded.image().getRaster().getSample(2, 2, 0)).isEqualTo(255);
        assertThat(decoded.image().getRaster().getSample(25, 15, 0)).isBetween(95, 110);
    }

    @Test
    void sixteenBitTiffIsScaledToEightBitNotClipped() throws Exception {
        DecodedImage decoded = ImageLoader.load(fixture("gray16.tif"));
        assertThat(decoded.depth()).isEqualTo(1);
        var raster = decoded.image().getRaster();
        assertThat(raster.getSample(15, 0, 0)).isLessThan(10);
        assertThat(raster.getSample(15, 10, 0)).isBetween(110, 150);
        assertThat(raster.getSample(15, 19, 0)).isGreaterThan(245);
    }

    @Test
    void alphaIsKept() throws Exception {
        DecodedImage decoded = ImageLoader.load(fixture("rgba.png"));
        BufferedImage image = decoded.image();
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_4BYTE_ABGR);
        assertThat(decoded.depth()).isEqualTo(3);
        assertThat(image.getRGB(2, 2) >>> 24).isEqualTo(255);
        assertThat(red(image, 2, 2)).isEqualTo(255);
        assertThat(image.getRGB(25, 15) >>> 24).isZero();
    }

    @Test
    void exifOrientationSixRotatesClockwiseAndSwapsTheSize() throws Exception {
        DecodedImage decoded = ImageLoader.load(fixture("orient6.jpg"));
        assertThat(decoded.width()).isEqualTo(20);
        assertThat(decoded.height()).isEqualTo(30);
        assertThat(red(decoded.image(), 17, 2)).as("marker moved to the top-right").isGreaterThan(200);
        assertThat(blue(decoded.image(), 2, 2)).isGreaterThan(200);
    }

    @Test
    void exifOrientationThreeTurnsUpsideDown() throws Exception {
        DecodedImage decoded = ImageLoader.load(fixture("orient3.jpg"));
        assertThat(decoded.width()).isEqualTo(30);
        assertThat(decoded.height()).isEqualTo(20);
        assertThat(red(decoded.image(), 27, 17)).as("marker moved to the bottom-right").isGreaterThan(200);
        assertThat(blue(decoded.image(), 2, 2)).isGreaterThan(200);
    }

    @Test
    void reducedDecodeReportsTheOrientedFullResolutionSize() throws Exception {
        Path file = fixture("orient6.jpg");
        DecodedImage decoded = ImageLoader.decode(file, Files.readAllBytes(file), 2);
        assertThat(decoded.isReduced()).isTrue();
        assertThat(decoded.width()).isEqualTo(20);
        assertThat(decoded.height()).isEqualTo(30);
        assertThat(decoded.image().getWidth()).isEqualTo(10);
        assertThat(decoded.image().getHeight()).isEqualTo(15);
        assertThat(decoded.displayScaleX()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void readsAChineseFileNameInAChineseFolder() throws Exception {
        Path file = fixture("rgb.png", "\u56fe\u7247/\u732b\u54aa.png");
        assertRedMarkerTopLeftOnBlue(ImageLoader.load(file));
        Path broken = Files.writeString(file.resolveSibling("\u574f\u7684.jpg"), "x");
        assertThatThrownBy(() -> ImageLoader.load(broken)).hasMessageContaining("\u574f\u7684.jpg");
    }

    @Test
    void zeroByteFileIsEmpty() throws Exception {
        Path file = Files.write(temp.resolve("zero.jpg"), new byte[0]);
        assertFails(file, ImageLoadException.Reason.EMPTY);
    }

    @Test
    void textFileNamedJpgIsNotAnImage() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.jpg"), "not an image at all\n", StandardCharsets.UTF_8);
        assertFails(file, ImageLoadException.Reason.NOT_AN_IMAGE);
    }

    @Test
    void truncatedJpegIsReportedAsTruncated() throws Exception {
        byte[] whole = Files.readAllBytes(Path.of("data/images/cat.jpg"));
        Path file = Files.write(temp.resolve("cut.jpg"), Arrays.copyOf(whole, whole.length * 2 / 3));
        assertFails(file, ImageLoadException.Reason.TRUNCATED);
    }

    @Test
    void truncatedPngIsNotDecoded() throws Exception {
        byte[] whole = Files.readAllBytes(Path.of("data/images/cameraman.png"));
        Path file = Files.write(temp.resolve("cut.png"), Arrays.copyOf(whole, whole.length / 2));
        assertFails(file, ImageLoadException.Reason.NOT_AN_IMAGE);
    }

    @Test
    void corruptPngDataIsNotDecoded() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("data/images/cameraman.png"));
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            bytes[i] ^= 0x5A;
        }
        Path file = Files.write(temp.resolve("corrupt.png"), bytes);
        assertFails(file, ImageLoadException.Reason.NOT_AN_IMAGE);
    }

    @Test
    void missingFileIsUnreadable() {
        assertFails(temp.resolve("gone.jpg"), ImageLoadException.Reason.UNREADABLE);
    }

    private static void assertFails(Path file, ImageLoadException.Reason reason) {
        assertThatThrownBy(() -> ImageLoader.load(file))
                .isInstanceOfSatisfying(ImageLoadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.file()).isEqualTo(file);
                })
                .hasMessageStartingWith(file.getFileName() + ": ");
    }

    @Test
    void aHugeJpegIsShownReducedWhileReportingItsFullSize() throws Exception {
        Path file = TestJpegs.uniformGray(temp.resolve("huge.jpg"), 20000, 15000);
        DecodedImage decoded = ImageLoader.load(file);
        assertThat(decoded.width()).isEqualTo(20000);
        assertThat(decoded.height()).isEqualTo(15000);
        assertThat(decoded.reduction()).isEqualTo(4);
        assertThat(decoded.image().getWidth()).isEqualTo(5000);
        assertThat(decoded.image().getHeight()).isEqualTo(3750);
        assertThat((long) decoded.image().getWidth() * decoded.image().getHeight())
                .isLessThanOrEqualTo(ImageLoader.MAX_DISPLAY_PIXELS);
        assertThat(decoded.image().getRaster().getSample(4000, 3000, 0)).isBetween(120, 136);
    }

    @Test
    void aJpegBeyondEveryReductionIsRefusedBeforeDecoding() throws Exception {
        byte[] small = Files.readAllBytes(TestJpegs.uniformGray(temp.resolve("small.jpg"), 16, 16));
        // same file with the frame header claiming 65000 x 65000 (4.2 gigapixels)
        for (int i = 0; i < small.length - 1; i++) {
            if ((small[i] & 0xFF) == 0xFF && (small[i + 1] & 0xFF) == 0xC0) {
                small[i + 5] = small[i + 7] = (byte) (65000 >> 8);
                small[i + 6] = small[i + 8] = (byte) (65000 & 0xFF);
            }
        }
        Path file = Files.write(temp.resolve("giga.jpg"), small);
        assertThatThrownBy(() -> ImageLoader.load(file))
                .isInstanceOfSatisfying(ImageLoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImageLoadException.Reason.TOO_LARGE))
                .hasMessageContaining("65000 x 65000");
    }

    @Test
    void aProgressiveJpegWhoseDecodeNeedsMoreMemoryThanAllowedIsRefusedBeforeDecoding() throws Exception {
        // 1.2 MB on disk; a decoder holds all 9.8 million blocks' coefficients (1.25 GB) even for a 1/8 copy
        Path file = TestJpegs.uniformGrayProgressive(temp.resolve("progressive.jpg"), 25000, 25000);
        assertThatThrownBy(() -> ImageLoader.loadToFit(file, 1600, 1000))
                .isInstanceOfSatisfying(ImageLoadException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImageLoadException.Reason.TOO_LARGE))
                .hasMessageStartingWith(file.getFileName() + ": ")
                .hasMessageContaining("25000 x 25000").hasMessageContaining("progressive");
    }

    @Test
    void aProgressiveJpegWithinTheBudgetStillOpens() throws Exception {
        Path file = TestJpegs.uniformGrayProgressive(temp.resolve("progressive.jpg"), 4000, 3000);
        DecodedImage decoded = ImageLoader.load(file);
        assertThat(decoded.width()).isEqualTo(4000);
        assertThat(decoded.image().getRaster().getSample(2000, 1500, 0)).isBetween(120, 136);
    }

    @Test
    void loadToFitDecodesAJpegAtTheLargestReductionStillSharpInTheView() throws Exception {
        Path file = TestJpegs.uniformGray(temp.resolve("photo.jpg"), 4000, 3000);
        DecodedImage decoded = ImageLoader.loadToFit(file, 1200, 900);
        assertThat(decoded.reduction()).isEqualTo(2);
        assertThat(decoded.image().getWidth()).isEqualTo(2000);
        assertThat(decoded.width()).isEqualTo(4000);
        assertThat(ImageLoader.reductionToFit(4000, 3000, 900, 650)).isEqualTo(4);
        assertThat(ImageLoader.reductionToFit(800, 600, 1200, 900)).isEqualTo(1);
    }

    @Test
    void aFittedCopyHasExactlyTheSizeTheViewPaintsAndTheSamePicture() throws Exception {
        Path file = fixture("orient6.jpg");
        DecodedImage decoded = ImageLoader.load(file, 12, 12);
        FitSize fit = FitSize.of(20, 30, 12, 12);
        assertThat(fit).as("as the view fits it: 12 high, 8 wide").isEqualTo(new FitSize(8, 12));
        BufferedImage fitted = decoded.fitted();
        assertThat(fitted.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(fitted.getWidth()).isEqualTo(8);
        assertThat(fitted.getHeight()).isEqualTo(12);
        assertThat(red(fitted, 7, 0)).as("marker top-right, as in the full image").isGreaterThan(150);
        assertThat(blue(fitted, 0, 11)).isGreaterThan(150);
        assertThat(decoded.pixelBytes()).isEqualTo(20 * 30 * 3 + 8 * 12 * 4);
        assertThat(ImageLoader.load(file, 400, 400).fitted()).as("never enlarged").isNull();
    }

    @Test
    void grayImagesGetAGrayFittedCopy() throws Exception {
        DecodedImage decoded = ImageLoader.load(fixture("gray.png"), 17, 12);
        assertThat(decoded.fitted().getWidth()).as("30 x 20 fitted into 17 x 12").isEqualTo(17);
        int rgb = decoded.fitted().getRGB(0, 0);
        assertThat((rgb >> 16) & 0xFF).isEqualTo(rgb & 0xFF).isGreaterThan(200);
    }
}
