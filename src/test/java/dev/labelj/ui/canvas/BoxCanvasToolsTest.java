package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The canvas's tools driven by synthetic mouse events on the component, without a window. */
class BoxCanvasToolsTest {
    private static final Path IMAGE = Path.of("photo.jpg");
    private final List<Box> drawn = new ArrayList<>();
    private final List<Integer> edited = new ArrayList<>();
    private AnnotationDocument document;
    private BoxSelection selection;
    private BoxCanvas canvas;

    private void setUp(List<Box> boxes) {
        document = new AnnotationDocument();
        selection = new BoxSelection();
        canvas = new BoxCanvas(document, selection, new BoxVisibility(), new CanvasListener() {
            @Override
            public void boxDrawn(Box unlabelled) {
                drawn.add(unlabelled);
                List<Box> more = new ArrayList<>(document.current().boxes());
                more.add(unlabelled.withLabel("new"));
                document.replaceBoxes(more, "Draw box");
            }

            @Override
            public void editLabel(int index) {
                edited.add(index);
            }

            @Override
            public void popup(Component on, int viewX, int viewY) {
            }
        });
        BufferedImage white = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        // an 800 x 600 view of a 400 x 300 image: fit zoom is 200 %, so one image pixel is two view pixels
        canvas.setSize(800, 600);
        canvas.showImage(white);
        document.load(ImageAnnotation.of(IMAGE, new ImageSize(400, 300, 3), boxes));
    }

    private void mouse(int id, double imageX, double imageY, int clicks, int modifiers) {
        ViewTransform t = canvas.transform();
        int x = (int) Math.round(t.toViewX(imageX));
        int y = (int) Math.round(t.toViewY(imageY));
        int button = id == MouseEvent.MOUSE_MOVED ? MouseEvent.NOBUTTON : MouseEvent.BUTTON1;
        int down = id == MouseEvent.MOUSE_PRESSED || id == MouseEvent.MOUSE_DRAGGED ? InputEvent.BUTTON1_DOWN_MASK : 0;
        canvas.dispatchEvent(new MouseEvent(canvas, id, System.currentTimeMillis(), modifiers | down, x, y, clicks,
                false, button));
    }

    private void drag(double x0, double y0, double x1, double y1) {
        mouse(MouseEvent.MOUSE_PRESSED, x0, y0, 1, 0);
        mouse(MouseEvent.MOUSE_DRAGGED, (x0 + x1) / 2, (y0 + y1) / 2, 0, 0);
        mouse(MouseEvent.MOUSE_DRAGGED, x1, y1, 0, 0);
        mouse(MouseEvent.MOUSE_RELEASED, x1, y1, 1, 0);
    }

    private void click(double x, double y) {
        mouse(MouseEvent.MOUSE_PRESSED, x, y, 1, 0);
        mouse(MouseEvent.MOUSE_RELEASED, x, y, 1, 0);
    }

    private static void onEdt(Runnable work) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        if (failure.get() instanceof AssertionError error) {
            throw error;
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    @Test
    void fitZoomCentresTheImageAndDrawingIsClampedToIt() throws Exception {
        onEdt(() -> {
            setUp(List.of());
            assertThat(canvas.transform().scale()).isEqualTo(2.0);
            canvas.startDrawing();
            drag(100, 50, 450, 320);
            assertThat(drawn).hasSize(1);
            Box box = drawn.get(0);
            assertThat(box.xMin()).isCloseTo(100, within(0.5));
            assertThat(box.yMin()).isCloseTo(50, within(0.5));
            assertThat(box.xMax()).isEqualTo(400);
            assertThat(box.yMax()).isEqualTo(300);
            assertThat(canvas.isDrawing()).as("back to the select tool").isFalse();
            assertThat(document.isDirty()).isTrue();
        });
    }

    @Test
    void aSlipOfTheMouseOrEscDrawsNothing() throws Exception {
        onEdt(() -> {
            setUp(List.of());
            canvas.startDrawing();
            drag(100, 100, 100.5, 100.5);
            canvas.startDrawing();
            mouse(MouseEvent.MOUSE_PRESSED, 10, 10, 1, 0);
            mouse(MouseEvent.MOUSE_DRAGGED, 200, 200, 0, 0);
            canvas.cancelGesture();
            mouse(MouseEvent.MOUSE_RELEASED, 200, 200, 1, 0);
            assertThat(drawn).isEmpty();
            assertThat(document.isDirty()).isFalse();
        });
    }

    @Test
    void aDragInsideASelectedBoxMovesItAsOneUndoableEdit() throws Exception {
        onEdt(() -> {
            setUp(List.of(Box.of("cat", 100, 100, 200, 200)));
            click(150, 150);
            assertThat(selection.indices()).containsExactly(0);
            drag(150, 150, 180, 170);
            assertThat(document.current().boxes()).containsExactly(Box.of("cat", 130, 120, 230, 220));
            document.undo();
            assertThat(document.current().boxes()).containsExactly(Box.of("cat", 100, 100, 200, 200));
            assertThat(document.isDirty()).isFalse();
        });
    }

    @Test
    void theCornerHandleResizesAndTheOppositeCornerStays() throws Exception {
        onEdt(() -> {
            setUp(List.of(Box.of("cat", 100, 100, 200, 200)));
            click(150, 150);
            drag(200, 200, 250, 220);
            Box resized = document.current().boxes().get(0);
            assertThat(resized.xMin()).isEqualTo(100);
            assertThat(resized.yMin()).isEqualTo(100);
            assertThat(resized.xMax()).isCloseTo(250, within(0.5));
            assertThat(resized.yMax()).isCloseTo(220, within(0.5));
        });
    }

    @Test
    void clicksOnOverlappingBoxesCycleThroughThemAndADoubleClickEditsTheLabel() throws Exception {
        onEdt(() -> {
            setUp(List.of(Box.of("big", 50, 50, 300, 250), Box.of("small", 100, 100, 150, 150)));
            click(120, 120);
            assertThat(selection.indices()).as("topmost first").containsExactly(1);
            click(120, 120);
            assertThat(selection.indices()).containsExactly(0);
            click(120, 120);
            assertThat(selection.indices()).containsExactly(1);
            click(10, 10);
            assertThat(selection.isEmpty()).as("a click on empty canvas clears the selection").isTrue();
            mouse(MouseEvent.MOUSE_PRESSED, 250, 60, 2, 0);
            mouse(MouseEvent.MOUSE_RELEASED, 250, 60, 2, 0);
            assertThat(edited).containsExactly(0);
            assertThat(document.isDirty()).isFalse();
        });
    }

    @Test
    void ctrlWheelZoomsAboutTheCursorAndTheModeIsKeptForTheNextImage() throws Exception {
        onEdt(() -> {
            setUp(List.of());
            ViewTransform before = canvas.transform();
            int viewX = 300;
            int viewY = 200;
            double imageX = before.toImageX(viewX);
            canvas.dispatchEvent(new java.awt.event.MouseWheelEvent(canvas, MouseEvent.MOUSE_WHEEL,
                    System.currentTimeMillis(), InputEvent.CTRL_DOWN_MASK, viewX, viewY, 0, false,
                    java.awt.event.MouseWheelEvent.WHEEL_UNIT_SCROLL, 1, -2));
            ViewTransform after = canvas.transform();
            assertThat(after.scale()).isGreaterThan(before.scale());
            assertThat(after.toImageX(viewX)).isCloseTo(imageX, within(1e-6));
            assertThat(canvas.zoom().mode()).isEqualTo(Zoom.Mode.MANUAL);
            BufferedImage next = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
            canvas.showImage(next);
            assertThat(canvas.transform().scale()).as("zoom kept on the next image").isEqualTo(after.scale());
        });
    }

    @Test
    void paintsTheImageAndEachBoxOutlineAtItsViewPosition() throws Exception {
        onEdt(() -> {
            setUp(List.of(Box.of("cat", 100, 100, 200, 200)));
            BufferedImage frame = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = frame.createGraphics();
            canvas.paint(g);
            g.dispose();
            ViewTransform t = canvas.transform();
            int inside = frame.getRGB((int) t.toViewX(150), (int) t.toViewY(150));
            int edge = frame.getRGB((int) Math.round(t.toViewX(100)), (int) t.toViewY(150));
            assertThat(inside).as("unselected boxes are not filled").isEqualTo(Color.WHITE.getRGB());
            assertThat(new Color(edge)).isEqualTo(new Color(LabelColors.of("cat").getRGB()));
        });
    }
}
