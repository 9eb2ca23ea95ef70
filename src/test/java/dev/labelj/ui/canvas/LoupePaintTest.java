package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loupe and the crosshair, painted by the real canvas into an image without a window. The picture is 1600 x
 * 1200 in an 800 x 600 view (fit zoom 50 %: one view pixel shows four image pixels), mid grey with one red image
 * pixel at (800, 600), which the view blurs away and the loupe must show as a whole square.
 */
class LoupePaintTest {
    private static final int VIEW_W = 800;
    private static final int VIEW_H = 600;
    private static final int GREY = 0x808080;
    private static final int RED = 0xff0000;
    private static final int DOT_X = 800;
    private static final int DOT_Y = 600;
    private AnnotationDocument document;
    private BoxSelection selection;
    private BoxCanvas canvas;

    @BeforeEach
    void setUp() throws Exception {
        onEdt(() -> {
            document = new AnnotationDocument();
            selection = new BoxSelection();
            canvas = new BoxCanvas(document, selection, new BoxVisibility(), new CanvasListener() {
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
            BufferedImage picture = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            g.setColor(new Color(GREY));
            g.fillRect(0, 0, 1600, 1200);
            g.dispose();
            picture.setRGB(DOT_X, DOT_Y, RED);
            canvas.setSize(VIEW_W, VIEW_H);
            canvas.showImage(picture);
            document.load(ImageAnnotation.of(Path.of("dot.png"), new ImageSize(1600, 1200, 3), List.of(
                    Box.of("cat", 790, 560, 1000, 800))));
        });
    }

    @Test
    void theImagePixelUnderTheCursorIsASixPixelSquareAtTheLoupeCentre() throws Exception {
        onEdt(() -> {
            canvas.aids().setLoupe(true);
            canvas.startDrawing();
            Rectangle place = moveToDot();
            int centreX = (int) place.getCenterX();
            int centreY = (int) place.getCenterY();
            BufferedImage shown = paint();

            // the cursor is on the red pixel's top-left corner: the red square spans six loupe pixels right and down
            for (int dy = 0; dy < Loupe.MAGNIFICATION; dy++) {
                for (int dx = 0; dx < Loupe.MAGNIFICATION; dx++) {
                    assertThat(rgb(shown, centreX + dx, centreY + dy)).as("loupe pixel +%d,+%d", dx, dy).isEqualTo(RED);
                }
            }
            assertThat(rgb(shown, centreX + Loupe.MAGNIFICATION + 1, centreY + 2)).as("right of the square")
                    .isEqualTo(GREY);
            assertThat(rgb(shown, centreX - 2, centreY + 2)).as("left of the square").isEqualTo(GREY);
            assertThat(rgb(shown, centreX + 2, centreY + Loupe.MAGNIFICATION + 1)).as("below the square")
                    .isEqualTo(GREY);
            assertThat(rgb(shown, centreX + 2, centreY - 2)).as("above the square").isEqualTo(GREY);
        });
    }

    @Test
    void theLoupeStandsAboveRightOfTheCursorAndNeverCoversIt() throws Exception {
        onEdt(() -> {
            canvas.aids().setLoupe(true);
            canvas.startDrawing();
            Rectangle place = moveToDot();
            Point cursor = cursorAtDot();
            assertThat(place).isEqualTo(new Rectangle(cursor.x + Loupe.GAP_PX, cursor.y - Loupe.GAP_PX - Loupe.SIZE_PX,
                    Loupe.SIZE_PX, Loupe.SIZE_PX));
            BufferedImage shown = paint();
            assertThat(rgb(shown, place.x, place.y)).as("dark frame").isEqualTo(0x202020);
            assertThat(rgb(shown, place.x + 1, place.y + 1)).as("light frame").isEqualTo(0xffffff);
        });
    }

    @Test
    void theBoxEdgeIsDrawnInTheLoupeWhereItLiesAmongThePixels() throws Exception {
        onEdt(() -> {
            canvas.aids().setLoupe(true);
            canvas.startDrawing();
            Rectangle place = moveToDot();
            BufferedImage shown = paint();
            int edgeX = (int) place.getCenterX() + (790 - DOT_X) * Loupe.MAGNIFICATION;
            int rowY = (int) place.getCenterY() + 30;
            int cat = LabelPalette.DERIVED.of("cat").getRGB() & 0xffffff;
            assertThat(List.of(rgb(shown, edgeX - 1, rowY), rgb(shown, edgeX, rowY))).as("the box's left edge")
                    .contains(cat);
            assertThat(rgb(shown, edgeX - 4, rowY)).as("outside the box").isEqualTo(GREY);
            assertThat(rgb(shown, edgeX + 4, rowY)).as("inside the box").isEqualTo(GREY);
        });
    }

    @Test
    void theEdgesOfTheBoxBeingDrawnRunOnFromTheCursorInTheLoupeAndOverTheCrosshair() throws Exception {
        onEdt(() -> {
            canvas.aids().setLoupe(true);
            canvas.startDrawing();
            Point cursor = cursorAtDot();
            // from 40 view pixels up-left: the draft's bottom and right edges meet at the cursor
            mouse(MouseEvent.MOUSE_PRESSED, cursor.x - 40, cursor.y - 40);
            mouse(MouseEvent.MOUSE_DRAGGED, cursor.x - 10, cursor.y - 10);
            mouse(MouseEvent.MOUSE_DRAGGED, cursor.x, cursor.y);
            Rectangle place = Loupe.placeFor(cursor.x, cursor.y, VIEW_W, VIEW_H);
            BufferedImage shown = paint();
            int draft = LabelPalette.DERIVED.of("").getRGB() & 0xffffff;
            int centreX = (int) place.getCenterX();
            int centreY = (int) place.getCenterY();
            assertThat(countOf(shown, draft, centreX - 70, centreX - 25, centreY - 1, centreY))
                    .as("the draft's bottom edge left of the cursor, in the loupe").isGreaterThan(10);
            assertThat(countOf(shown, draft, cursor.x - 35, cursor.x - 5, cursor.y - 1, cursor.y))
                    .as("the draft's bottom edge over the crosshair, in the view").isGreaterThan(6);
        });
    }

    /** How many pixels of {@code rgb} lie in columns x0..x1 of rows y0..y1. */
    private static int countOf(BufferedImage image, int rgb, int x0, int x1, int y0, int y1) {
        int count = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                count += rgb(image, x, y) == rgb ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void theLoupeFollowsAHandleDragAndGoesWithIt() throws Exception {
        onEdt(() -> {
            canvas.aids().setLoupe(true);
            selection.select(0);
            ViewTransform t = canvas.transform();
            int handleX = (int) Math.round(t.toViewX(790));
            int handleY = (int) Math.round(t.toViewY(800));
            mouse(MouseEvent.MOUSE_PRESSED, handleX, handleY);
            mouse(MouseEvent.MOUSE_DRAGGED, handleX + 10, handleY - 20);
            Rectangle during = Loupe.placeFor(handleX + 10, handleY - 20, VIEW_W, VIEW_H);
            assertThat(isLoupeFrame(paint(), during)).as("loupe while dragging the handle").isTrue();
            mouse(MouseEvent.MOUSE_RELEASED, handleX + 10, handleY - 20);
            assertThat(isLoupeFrame(paint(), during)).as("loupe after the release").isFalse();
        });
    }

    @Test
    void noLoupeWhenSwitchedOffOrWhenNothingIsBeingPlaced() throws Exception {
        onEdt(() -> {
            canvas.startDrawing();
            Rectangle place = moveToDot();
            assertThat(isLoupeFrame(paint(), place)).as("switched off").isFalse();
            canvas.cancelGesture();
            canvas.aids().setLoupe(true);
            mouse(MouseEvent.MOUSE_MOVED, cursorAtDot().x, cursorAtDot().y);
            assertThat(isLoupeFrame(paint(), place)).as("select tool, no drag").isFalse();
        });
    }

    @Test
    void noLoupeOnceTheViewShowsPixelsAsLargeAsItWould() throws Exception {
        onEdt(() -> {
            canvas.aids().setLoupe(true);
            canvas.setZoom(Zoom.manual(Loupe.MAGNIFICATION));
            canvas.startDrawing();
            mouse(MouseEvent.MOUSE_MOVED, 400, 300);
            assertThat(isLoupeFrame(paint(), Loupe.placeFor(400, 300, VIEW_W, VIEW_H))).isFalse();
        });
    }

    @Test
    void theCrosshairCrossesTheWholeViewInDrawModeAndCanBeSwitchedOff() throws Exception {
        onEdt(() -> {
            canvas.startDrawing();
            moveToDot();
            Point cursor = cursorAtDot();
            BufferedImage on = paint();
            // far from the cursor on its row and its column, the grey is covered by the white or black guide
            int[][] farAway = {{5, cursor.y}, {VIEW_W - 5, cursor.y}, {cursor.x, 5}, {cursor.x, VIEW_H - 5}};
            for (int[] at : farAway) {
                assertThat(rgb(on, at[0], at[1])).as("guide at %d,%d", at[0], at[1]).isIn(0xffffff, 0x000000);
            }
            assertThat(rgb(on, 5, cursor.y - 3)).as("off the guide").isEqualTo(GREY);

            canvas.aids().setCrosshair(false);
            BufferedImage off = paint();
            assertThat(rgb(off, 5, cursor.y)).isEqualTo(GREY);
            assertThat(rgb(off, cursor.x, 5)).isEqualTo(GREY);
        });
    }

    @Test
    void theLoupeWantsTheFullResolutionOnlyWhileItMayShow() throws Exception {
        onEdt(() -> {
            assertThat(canvas.wantsFullDetail()).isFalse();
            canvas.aids().setLoupe(true);
            assertThat(canvas.wantsFullDetail()).isFalse();
            canvas.startDrawing();
            assertThat(canvas.wantsFullDetail()).isTrue();
            canvas.cancelGesture();
            assertThat(canvas.wantsFullDetail()).isFalse();
        });
    }

    @Test
    void theLoupeIsPlacedOnAnotherSideNearTheViewsEdges() throws Exception {
        onEdt(() -> {
            for (int[] cursor : new int[][] {{2, 2}, {VIEW_W - 2, 2}, {2, VIEW_H - 2}, {VIEW_W - 2, VIEW_H - 2},
                {400, 100}, {790, 300}}) {
                Rectangle place = Loupe.placeFor(cursor[0], cursor[1], VIEW_W, VIEW_H);
                assertThat(new Rectangle(0, 0, VIEW_W, VIEW_H).contains(place)).as("inside for %s", place).isTrue();
                Rectangle around = new Rectangle(cursor[0] - 20, cursor[1] - 20, 40, 40);
                assertThat(place.intersects(around)).as("clear of the cursor at %d,%d", cursor[0], cursor[1]).isFalse();
            }
        });
    }

    private interface Body {
        void run() throws Exception;
    }

    /** Swing's own thread, as the window paints and handles the mouse. */
    private static void onEdt(Body body) throws Exception {
        Exception[] failed = new Exception[1];
        Error[] broke = new Error[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                body.run();
            } catch (Exception e) {
                failed[0] = e;
            } catch (Error e) {
                broke[0] = e;
            }
        });
        if (broke[0] != null) {
            throw broke[0];
        }
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    private record Point(int x, int y) {
    }

    private Point cursorAtDot() {
        ViewTransform t = canvas.transform();
        return new Point((int) Math.round(t.toViewX(DOT_X)), (int) Math.round(t.toViewY(DOT_Y)));
    }

    /** Moves the mouse onto the red pixel's corner (a whole view pixel at 50 %) and says where the loupe goes. */
    private Rectangle moveToDot() {
        Point cursor = cursorAtDot();
        assertThat(canvas.transform().toImageX(cursor.x)).as("the view pixel is the red pixel's corner")
                .isEqualTo(DOT_X);
        mouse(MouseEvent.MOUSE_MOVED, cursor.x, cursor.y);
        return Loupe.placeFor(cursor.x, cursor.y, VIEW_W, VIEW_H);
    }

    private void mouse(int id, int viewX, int viewY) {
        boolean down = id == MouseEvent.MOUSE_PRESSED || id == MouseEvent.MOUSE_DRAGGED;
        int button = id == MouseEvent.MOUSE_MOVED ? MouseEvent.NOBUTTON : MouseEvent.BUTTON1;
        canvas.dispatchEvent(new MouseEvent(canvas, id, System.currentTimeMillis(),
                down ? InputEvent.BUTTON1_DOWN_MASK : 0, viewX, viewY, 1, false, button));
    }

    private BufferedImage paint() {
        BufferedImage view = new BufferedImage(VIEW_W, VIEW_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = view.createGraphics();
        g.setClip(0, 0, VIEW_W, VIEW_H);
        canvas.paint(g);
        g.dispose();
        return view;
    }

    private static boolean isLoupeFrame(BufferedImage shown, Rectangle place) {
        return rgb(shown, place.x, place.y) == 0x202020 && rgb(shown, place.x + 1, place.y + 1) == 0xffffff
                && rgb(shown, place.x + place.width - 1, place.y + place.height - 1) == 0x202020;
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }
}
