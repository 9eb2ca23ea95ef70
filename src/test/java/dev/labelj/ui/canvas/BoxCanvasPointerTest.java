package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.model.Box;
import java.awt.Component;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pointer readout always names the image pixel under the mouse: after a move, after the view moves under a
 * still mouse (wheel, keys, a new image), and not at all once the mouse has left.
 */
class BoxCanvasPointerTest {
    private final List<double[]> reported = new ArrayList<>();
    private int left;
    private BoxCanvas canvas;

    @BeforeEach
    void setUp() {
        onEdt(() -> {
            CanvasListener listener = new CanvasListener() {
                @Override
                public void boxDrawn(Box unlabelled) {
                }

                @Override
                public void editLabel(int index) {
                }

                @Override
                public void popup(Component on, int viewX, int viewY) {
                }

                @Override
                public void pointerMoved(double imageX, double imageY) {
                    reported.add(new double[] {imageX, imageY});
                }

                @Override
                public void pointerLeft() {
                    left++;
                }
            };
            canvas = new BoxCanvas(new AnnotationDocument(), new BoxSelection(), new BoxVisibility(), listener);
            canvas.setSize(400, 300);
            canvas.showImage(new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB));
            // 100 %: the image is four times the view, so the wheel scrolls it
            canvas.setZoom(Zoom.ORIGINAL);
        });
    }

    @Test
    void theWheelScrollingUnderAStillMouseUpdatesThePixelUnderIt() {
        onEdt(() -> {
            canvas.dispatchEvent(new MouseEvent(canvas, MouseEvent.MOUSE_MOVED, 0L, 0, 100, 100, 0, false));
            double[] before = last();

            canvas.dispatchEvent(new MouseWheelEvent(canvas, MouseEvent.MOUSE_WHEEL, 0L, 0, 100, 100, 0, false,
                    MouseWheelEvent.WHEEL_UNIT_SCROLL, 3, 1));

            double[] after = last();
            assertThat(after[1]).as("scrolled down by a notch").isGreaterThan(before[1] + 10);
            assertThat(after[0]).isCloseTo(canvas.transform().toImageX(100), within(1e-9));
            assertThat(after[1]).isCloseTo(canvas.transform().toImageY(100), within(1e-9));
        });
    }

    @Test
    void aZoomFromTheKeysUnderAStillMouseUpdatesThePixelUnderIt() {
        onEdt(() -> {
            canvas.dispatchEvent(new MouseEvent(canvas, MouseEvent.MOUSE_MOVED, 0L, 0, 50, 40, 0, false));
            int before = reported.size();

            canvas.zoomBy(2);

            assertThat(reported).hasSizeGreaterThan(before);
            assertThat(last()[0]).isCloseTo(canvas.transform().toImageX(50), within(1e-9));
            assertThat(last()[1]).isCloseTo(canvas.transform().toImageY(40), within(1e-9));
        });
    }

    @Test
    void leavingTheCanvasSaysSoAndAViewChangeAfterwardsReportsNoPixel() {
        onEdt(() -> {
            canvas.dispatchEvent(new MouseEvent(canvas, MouseEvent.MOUSE_MOVED, 0L, 0, 50, 40, 0, false));
            canvas.dispatchEvent(new MouseEvent(canvas, MouseEvent.MOUSE_EXITED, 0L, 0, -5, 40, 0, false));
            int before = reported.size();

            canvas.zoomBy(2);

            assertThat(left).isEqualTo(1);
            assertThat(reported).hasSize(before);
        });
    }

    /** Swing components belong to the EDT (window tests in the same run fail any repaint off it). */
    private static void onEdt(Runnable test) {
        GuiActionRunner.execute(() -> {
            test.run();
            return null;
        });
    }

    private double[] last() {
        assertThat(reported).isNotEmpty();
        return reported.get(reported.size() - 1);
    }
}
