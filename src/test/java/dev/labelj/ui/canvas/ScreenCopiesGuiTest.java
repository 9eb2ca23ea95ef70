package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.image.DecodedImage;
import dev.labelj.image.ImageLoader;
import dev.labelj.image.TestPatterns;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.support.GuiTests;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.awt.image.VolatileImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The display's copies of decoded pictures (X pixmaps here), made ahead and painted at the fit zoom. */
@GuiTest
class ScreenCopiesGuiTest {
    private static final int VIEW_W = 700;
    private static final int VIEW_H = 452;
    @TempDir
    Path temp;

    @BeforeAll
    static void display() {
        GuiTests.requireDisplay();
    }

    private static GraphicsConfiguration screen() {
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration();
    }

    @Test
    void aCopyMadeAheadHoldsTheFittedPixelsAndTheFitZoomPaintsIt() throws Exception {
        DecodedImage image = ImageLoader.loadToFit(TestPatterns.png(temp.resolve("a.png"), 2000, 1500), VIEW_W,
                VIEW_H);
        ScreenCopies copies = GuiActionRunner.execute(ScreenCopies::new);
        GuiActionRunner.execute(() -> copies.prepare(image, screen()));
        VolatileImage copy = madeFor(copies, image);

        BufferedImage fitted = image.fitted();
        BufferedImage held = GuiActionRunner.execute(copy::getSnapshot);
        assertThat(differing(held, fitted)).as("pixels of the display's copy unlike the fitted copy").isZero();

        // a mark only the display's copy has: the fit zoom's paint shows it
        GuiActionRunner.execute(() -> {
            Graphics2D g = copy.createGraphics();
            g.setColor(Color.MAGENTA);
            g.fillRect(0, 0, 10, 10);
            g.dispose();
        });
        CanvasPicture picture = new CanvasPicture(copies);
        ViewTransform fit = ViewTransform.fit(2000, 1500, VIEW_W, VIEW_H);
        BufferedImage view = GuiActionRunner.execute(() -> {
            assertThat(picture.show(image)).isTrue();
            return paint(picture, fit);
        });
        int left = (int) Math.round(fit.offsetX());
        int top = (int) Math.round(fit.offsetY());
        assertThat(new Color(view.getRGB(left + 5, top + 5))).as("the mark in the display's copy")
                .isEqualTo(Color.MAGENTA);
        assertThat(view.getRGB(left + 100, top + 100)).isEqualTo(fitted.getRGB(100, 100));

        // zoomed past the fit the heap pixels are painted, not the display's copy
        BufferedImage zoomed = GuiActionRunner.execute(() -> paint(picture,
                ViewTransform.centred(fit.scale() * 1.5, 2000, 1500, VIEW_W, VIEW_H)));
        assertThat(new Color(zoomed.getRGB(0, 0))).isNotEqualTo(Color.MAGENTA);
        GuiActionRunner.execute(copies::clear);
    }

    @Test
    void theLatestFourAreKeptAndACopyOfAnotherSizeIsNotGiven() throws Exception {
        Path file = TestPatterns.png(temp.resolve("b.png"), 800, 600);
        ScreenCopies copies = GuiActionRunner.execute(ScreenCopies::new);
        List<DecodedImage> images = new ArrayList<>();
        for (int i = 0; i < ScreenCopies.KEPT + 1; i++) {
            DecodedImage image = ImageLoader.loadToFit(file, 400, 250);
            images.add(image);
            GuiActionRunner.execute(() -> copies.prepare(image, screen()));
            madeFor(copies, image);
        }
        assertThat(GuiActionRunner.execute(copies::size)).isEqualTo(ScreenCopies.KEPT);
        DecodedImage first = images.get(0);
        DecodedImage last = images.get(ScreenCopies.KEPT);
        assertThat(GuiActionRunner.execute(() -> copies.copyOf(first, first.fittedWidth(), first.fittedHeight())))
                .as("the oldest copy was freed").isNull();
        assertThat(GuiActionRunner.execute(() -> copies.copyOf(last, last.fittedWidth() + 1, last.fittedHeight())))
                .as("a copy for a fitted size the image no longer has").isNull();
        GuiActionRunner.execute(copies::clear);
        assertThat(GuiActionRunner.execute(copies::size)).isZero();
    }

    private static VolatileImage madeFor(ScreenCopies copies, DecodedImage image) {
        CanvasDriver.waitFor("a display copy of " + image.file().getFileName(), () -> GuiActionRunner.execute(
                () -> copies.copyOf(image, image.fittedWidth(), image.fittedHeight()) != null));
        return GuiActionRunner.execute(() -> copies.copyOf(image, image.fittedWidth(), image.fittedHeight()));
    }

    private static BufferedImage paint(CanvasPicture picture, ViewTransform transform) {
        BufferedImage view = new BufferedImage(VIEW_W, VIEW_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = view.createGraphics();
        picture.paint(g, transform, VIEW_W, VIEW_H);
        g.dispose();
        return view;
    }

    private static int differing(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < b.getHeight(); y++) {
            for (int x = 0; x < b.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }
}
