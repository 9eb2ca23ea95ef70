package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.model.Box;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** An empty view says what to do first; once an image or a message is shown, the hint is gone. */
class BoxCanvasHintTest {
    private static final CanvasListener NO_LISTENER = new CanvasListener() {
        @Override
        public void boxDrawn(Box unlabelled) {
        }

        @Override
        public void editLabel(int index) {
        }

        @Override
        public void popup(java.awt.Component canvas, int viewX, int viewY) {
        }
    };

    private static int inkedPixels(BoxCanvas view) {
        BufferedImage canvas = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        view.setSize(400, 300);
        view.paint(g);
        g.dispose();
        int background = canvas.getRGB(0, 0);
        int inked = 0;
        for (int y = 0; y < canvas.getHeight(); y++) {
            for (int x = 0; x < canvas.getWidth(); x++) {
                if (canvas.getRGB(x, y) != background) {
                    inked++;
                }
            }
        }
        return inked;
    }

    @Test
    void theHintIsDrawnOnlyWhileTheViewIsEmpty() throws Exception {
        int[] counts = new int[3];
        SwingUtilities.invokeAndWait(() -> {
            FlatLightLaf.setup();
            BoxCanvas view = new BoxCanvas(new AnnotationDocument(), new BoxSelection(), new BoxVisibility(),
                    NO_LISTENER);
            counts[0] = inkedPixels(view);
            view.setHint("Open a folder of images");
            counts[1] = inkedPixels(view);
            BufferedImage white = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = white.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 400, 300);
            g.dispose();
            view.showImage(white);
            BufferedImage painted = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
            Graphics2D pg = painted.createGraphics();
            view.paint(pg);
            pg.dispose();
            counts[2] = painted.getRGB(200, 150);
        });
        assertThat(counts[0]).isZero();
        assertThat(counts[1]).isGreaterThan(50);
        assertThat(counts[2]).isEqualTo(0xFFFFFFFF);
    }
}
