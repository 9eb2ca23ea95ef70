package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.image.DecodedImage;
import dev.labelj.image.ImageLoader;
import dev.labelj.image.TestJpegs;
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
        assertThat(4000 * fit.scale()).as("the canvas fits edge to edge, the fitted copy keeps a margin")
                .isGreaterThan(picture.shown().getWidth());
        assertThat(picture.needsDetailCopy(fit)).isFalse();
        assertThat(picture.needsDetailCopy(ViewTransform.centred(fit.scale() * 1.05, 4000, 3000, viewW, viewH)))
                .as("5 % past the fit: the fitted copy has too few pixels").isTrue();
        assertThat(picture.needsDetailCopy(ViewTransform.centred(0.1, 4000, 3000, viewW, viewH))).isFalse();
    }
}
