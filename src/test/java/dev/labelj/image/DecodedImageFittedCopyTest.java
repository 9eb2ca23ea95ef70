package dev.labelj.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view's copy of the fitted pixels follows a re-fit made on another thread (the window was resized). */
class DecodedImageFittedCopyTest {
    @TempDir
    Path temp;

    @Test
    void reusesATargetOfTheRightSizeAndMakesANewOneAfterARefit() throws Exception {
        Path file = TestJpegs.uniformGray(temp.resolve("gray.jpg"), 400, 200);
        DecodedImage image = ImageLoader.loadToFit(file, 200, 100);
        BufferedImage first = image.copyFitted(null);
        assertThat(first.getWidth()).isEqualTo(image.fittedWidth());
        assertThat(first.getRGB(first.getWidth() / 2, first.getHeight() / 2) & 0xFFFFFF)
                .as("the gray pixels were copied").isNotZero();
        assertThat(image.copyFitted(first)).as("same size: copied in place").isSameAs(first);

        // the target was sized for the old fit; copying into it must not fail, it is replaced
        assertThat(image.refit(100, 50)).isTrue();
        BufferedImage after = image.copyFitted(first);
        assertThat(after).isNotSameAs(first);
        assertThat(after.getWidth()).isEqualTo(image.fittedWidth()).isLessThan(first.getWidth());
    }

    @Test
    void givesNothingOnceTheCacheFreedThePixels() throws Exception {
        DecodedImage image = ImageLoader.loadToFit(TestJpegs.uniformGray(temp.resolve("g.jpg"), 400, 200), 200, 100);
        image.release();
        assertThat(image.copyFitted(null)).isNull();
    }
}
