package dev.labelj.ui.canvas;

import dev.labelj.model.Box;
import dev.labelj.ui.support.StartupTrace;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.IntPredicate;
import javax.swing.UIManager;

/**
 * One paint of the canvas, back to front: the background (tinted once the image is verified), the picture, the
 * boxes as the tool has them, the crosshair while drawing (white under black dashes: half of it contrasts with any
 * picture), the tool's overlay, the box waiting for its label, a model's box shown for review, the loupe, the
 * notes.
 */
final class CanvasPainting {
    private final CanvasPicture picture;
    private final CanvasAids aids;
    private final IntPredicate visible;
    private final IntPredicate selected;
    /** What the marks following the mouse covered when last painted. */
    private List<Rectangle> marksPainted = List.of();

    CanvasPainting(CanvasPicture picture, CanvasAids aids, IntPredicate visible, IntPredicate selected) {
        this.picture = picture;
        this.aids = aids;
        this.visible = visible;
        this.selected = selected;
    }

    /**
     * What one paint shows besides the picture.
     *
     * @param boxes the document's boxes, or the tool's preview of them
     * @param pending a drawn box waiting for its label, or null
     * @param suggestion a model's box shown for review, not in the document, or null
     * @param cursorView the mouse in view pixels, or null while it is elsewhere
     * @param message why the image cannot be shown, or null; {@code hint}: what to do first, or null
     */
    record Frame(ViewTransform transform, List<Box> boxes, CanvasTool tool, BoxPainter painter, Box pending,
            Box suggestion, Point2D cursorView, boolean verified, String message, String hint, boolean busy, int width,
            int height) {
    }

    void paint(Graphics2D g, Frame frame) {
        marksPainted = marks(frame);
        Color panel = UIManager.getColor("Panel.background");
        g.setColor(frame.verified() ? VerifiedBackground.under(panel) : panel);
        g.fillRect(0, 0, frame.width(), frame.height());
        if (picture.isEmpty()) {
            ViewNotes.paint(g, frame.message(), frame.hint(), frame.busy(), frame.width(), frame.height());
            return;
        }
        ViewTransform now = frame.transform();
        picture.paint(g, now, frame.width(), frame.height());
        frame.painter().paintBoxes(g, now, frame.boxes(), visible, selected, -1);
        // under the box being drawn: its edges at the cursor stay visible on the guide lines
        paintCrosshair(g, frame);
        frame.tool().paintOverlay(g, now, new Rectangle(0, 0, frame.width(), frame.height()));
        if (frame.pending() != null) {
            frame.painter().paintDraft(g, now, frame.pending());
        }
        if (frame.suggestion() != null) {
            frame.painter().paintBoxes(g, now, List.of(frame.suggestion()), i -> true, i -> false, -1);
        }
        paintLoupe(g, frame);
        if (frame.busy()) {
            ViewNotes.busy(g, frame.width());
        }
        if (StartupTrace.isEnabled()) {
            BufferedImage painted = picture.shown();
            StartupTrace.mark("image painted "
                    + (painted == null ? "0x0" : painted.getWidth() + "x" + painted.getHeight()));
        }
    }

    private boolean showsCrosshair(Frame frame) {
        return frame.tool() instanceof DrawBoxTool && aids.crosshair() && frame.cursorView() != null;
    }

    private void paintCrosshair(Graphics2D g, Frame frame) {
        if (showsCrosshair(frame)) {
            frame.painter().paintCrosshair(g, frame.cursorView().getX(), frame.cursorView().getY(),
                    new Rectangle(0, 0, frame.width(), frame.height()));
        }
    }

    /** Where to repaint when only the marks following the mouse moved since the last paint. */
    List<Rectangle> marksChanged(Frame now) {
        return CanvasMarks.changed(marksPainted, marks(now));
    }

    private List<Rectangle> marks(Frame frame) {
        ViewTransform now = frame.transform();
        Box draft = frame.tool().draft();
        return CanvasMarks.footprint(frame.cursorView(), showsCrosshair(frame),
                aids.loupePlace(frame.tool(), frame.cursorView(), now, frame.width(), frame.height()),
                draft == null ? null : now.toView(draft), frame.painter().style().lineWidthPx(), frame.width(),
                frame.height());
    }

    private void paintLoupe(Graphics2D g, Frame frame) {
        Point2D cursor = frame.cursorView();
        ViewTransform now = frame.transform();
        Rectangle place = aids.loupePlace(frame.tool(), cursor, now, frame.width(), frame.height());
        Rectangle clip = g.getClipBounds();
        // a paint of a crosshair strip elsewhere reads no pixels for the loupe
        if (place != null && (clip == null || clip.intersects(place))) {
            CanvasAids.paintLoupe(g, picture, frame.painter(), new Loupe.Scene(place, now.toImageX(cursor.getX()),
                    now.toImageY(cursor.getY()), frame.boxes(), visible, selected, frame.tool().draft()));
        }
    }
}
