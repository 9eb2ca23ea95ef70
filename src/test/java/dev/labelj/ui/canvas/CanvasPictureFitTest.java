package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.labelj.image.DecodedImage;
import dev.labelj.image.ImageLoader;
import dev.labelj.image.TestJpegs;
import dev.labelj.image.TestPatterns;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At the fit zoom the pipeline's fitted copy is the picture: no 12 MB detail copy and no second paint for it. */
class CanvasPictureFitTest {
    @TempDir
    Path temp;

    @Test
    void theFittedCopyServesTheFitZoomAndOnlyAZoomPastItWantsDetail() throws Exception {
        int viewW = 1355;
        int viewH = 907;
        DecodedImage decoded = ImageLoader.loadToFit(TestJpegs.uniformGray(temp.resolve("big.jpg"), 4000, 3000),
                viewW, viewH);
        CanvasPicture picture = new CanvasPicture();
        assertThat(picture.show(decoded)).isTrue();
        ViewTransform fit = ViewTransform.fit(4000, 3000, viewW, viewH);
        assertThat(4000 * fit.scale()).as("the fitted copy is as wide as the canvas shows the image at the fit")
                .isCloseTo(picture.shown().getWidth(), within(0.5));
        assertThat(picture.needsDetailCopy(fit)).isFalse();
        assertThat(picture.needsDetailCopy(ViewTransform.centred(fit.scale() * 1.05, 4000, 3000, viewW, viewH)))
                .as("5 % past the fit: the fitted copy has too few pixels").isTrue();
        assertThat(picture.needsDetailCopy(ViewTransform.centred(0.1, 4000, 3000, viewW, viewH))).isFalse();
    }

    @Test
    void theFitZoomShowsTheFittedCopyPixelForPixel() throws Exception {
        int viewW = 700;
        int viewH = 452;
        Path file = TestPatterns.png(temp.resolve("pattern.png"), 2000, 1500);
        CanvasPicture picture = new CanvasPicture();
        assertThat(picture.show(ImageLoader.loadToFit(file, viewW, viewH))).isTrue();
        ViewTransform fit = ViewTransform.fit(2000, 1500, viewW, viewH);
        BufferedImage view = new BufferedImage(viewW, viewH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = view.createGraphics();
        picture.paint(g, fit, viewW, viewH);
        g.dispose();

        BufferedImage fitted = picture.shown();
        int left = (int) Math.round(fit.offsetX());
        int top = (int) Math.round(fit.offsetY());
        int differing = 0;
        for (int y = 0; y < fitted.getHeight(); y++) {
            for (int x = 0; x < fitted.getWidth(); x++) {
                if (view.getRGB(left + x, top + y) != fitted.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("view pixels that are not the fitted copy's, copied 1:1").isZero();
    }
}
