package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.image.DecodedImage;
import dev.labelj.image.ImageLoader;
import dev.labelj.model.Box;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Brightness and contrast change the pixels painted, never the picture's own, at the fit and zoomed in. */
class ImageAdjustmentTest {
    @TempDir
    Path temp;

    @Test
    void theTableAddsBrightnessAndStretchesAboutMidGrey() {
        int[] brighter = new ImageAdjustment(20, 0).table();
        assertThat(brighter[100]).isEqualTo(151);
        assertThat(brighter[240]).as("clipped at white").isEqualTo(255);
        int[] contrast = new ImageAdjustment(0, 100).table();
        assertThat(contrast[100]).isEqualTo(73);
        assertThat(contrast[200]).isEqualTo(255);
        assertThat(new ImageAdjustment(0, -100).table()[10]).as("flat grey").isEqualTo(128);
        assertThat(ImageAdjustment.NONE.table()[77]).isEqualTo(77);
        assertThat(new ImageAdjustment(250, -300)).isEqualTo(new ImageAdjustment(100, -100));
    }

    @Test
    void aBrighterCanvasPaintsBrighterPixelsAndLeavesThePictureAsItWas() throws Exception {
        onEdt(() -> {
            BufferedImage halves = halves(400, 300, 100, 200);
            BoxCanvas canvas = canvas(halves);
            assertThat(grey(paint(canvas), 200, 300)).isEqualTo(100);

            canvas.setAdjustment(new ImageAdjustment(20, 0));
            BufferedImage view = paint(canvas);
            assertThat(grey(view, 200, 300)).isEqualTo(151);
            assertThat(grey(view, 600, 300)).isEqualTo(251);
            assertThat(halves.getRGB(10, 10) & 0xff).as("the picture's own pixels").isEqualTo(100);

            canvas.setAdjustment(new ImageAdjustment(0, 100));
            view = paint(canvas);
            assertThat(grey(view, 200, 300)).isEqualTo(73);
            assertThat(grey(view, 600, 300)).isEqualTo(255);

            canvas.setAdjustment(ImageAdjustment.NONE);
            assertThat(grey(paint(canvas), 200, 300)).isEqualTo(100);
        });
    }

    @Test
    void zoomedInAndPannedOnlyTheVisiblePartIsAdjustedAndKeptForRepaints() throws Exception {
        onEdt(() -> {
            BoxCanvas canvas = canvas(halves(400, 300, 100, 200));
            canvas.setAdjustment(new ImageAdjustment(-20, 0));
            canvas.setZoom(Zoom.manual(8));
            canvas.pan(200, 0); // the middle seam shifted right of centre
            ViewTransform t = canvas.transform();
            BufferedImage view = paint(canvas);
            int seam = (int) Math.round(t.toViewX(200));
            assertThat(seam).isBetween(20, 780);
            assertThat(grey(view, seam - 10, 300)).isEqualTo(49);
            assertThat(grey(view, seam + 10, 300)).isEqualTo(149);
            assertThat(grey(view, 0, 0)).isEqualTo(49);
            assertThat(grey(view, 799, 599)).isEqualTo(149);
            CanvasPicture picture = pictureOf(canvas);
            BufferedImage part = picture.adjustedCopy();
            assertThat((double) part.getWidth()).as("the visible part, not the whole image")
                    .isCloseTo(800 / t.scale() + 2, within(2.0));
            paint(canvas);
            assertThat(picture.adjustedCopy()).as("a repaint reuses the adjusted part").isSameAs(part);
        });
    }

    @Test
    void theNextImageInTheReusedFittedBufferIsAdjustedAfresh() throws Exception {
        DecodedImage dark = ImageLoader.loadToFit(jpeg("dark.png", 60), 800, 600);
        DecodedImage light = ImageLoader.loadToFit(jpeg("light.png", 180), 800, 600);
        CanvasPicture picture = new CanvasPicture();
        picture.setAdjustment(new ImageAdjustment(10, 0));
        assertThat(picture.show(dark)).isTrue();
        ViewTransform fit = ViewTransform.fit(1600, 1200, 800, 600);
        assertThat(grey(paint(picture, fit), 400, 300)).isCloseTo(86, within(2));
        assertThat(picture.show(light)).isTrue();
        assertThat(grey(paint(picture, fit), 400, 300)).as("not the last image's adjusted pixels")
                .isCloseTo(206, within(2));
    }

    private Path jpeg(String name, int grey) throws Exception {
        Path file = temp.resolve(name);
        ImageIO.write(halves(1600, 1200, grey, grey), "png", file.toFile());
        return file;
    }

    private static BufferedImage paint(CanvasPicture picture, ViewTransform transform) {
        BufferedImage view = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = view.createGraphics();
        picture.paint(g, transform, 800, 600);
        g.dispose();
        return view;
    }

    static CanvasPicture pictureOf(BoxCanvas canvas) {
        try {
            java.lang.reflect.Field field = BoxCanvas.class.getDeclaredField("picture");
            field.setAccessible(true);
            return (CanvasPicture) field.get(canvas);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static BufferedImage halves(int width, int height, int left, int right) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(left, left, left));
        g.fillRect(0, 0, width / 2, height);
        g.setColor(new Color(right, right, right));
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static BoxCanvas canvas(BufferedImage image) {
        BoxCanvas canvas = new BoxCanvas(new AnnotationDocument(), new BoxSelection(), new BoxVisibility(),
                new CanvasListener() {
                    @Override
                    public void boxDrawn(Box unlabelled) {
                    }

                    @Override
                    public void editLabel(int index) {
                    }

                    @Override
                    public void popup(Component on, int viewX, int viewY) {
                    }
                });
        canvas.setSize(800, 600);
        canvas.showImage(image);
        return canvas;
    }

    private static BufferedImage paint(BoxCanvas canvas) {
        BufferedImage view = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = view.createGraphics();
        canvas.paint(g);
        g.dispose();
        return view;
    }

    private static int grey(BufferedImage view, int x, int y) {
        return view.getRGB(x, y) & 0xff;
    }

    private static void onEdt(Runnable test) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                test.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }
}
