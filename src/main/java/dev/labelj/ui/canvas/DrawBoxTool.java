package dev.labelj.ui.canvas;

import dev.labelj.model.Box;
import java.awt.Cursor;
import java.awt.Graphics2D;
import java.awt.Rectangle;

/**
 * W: press, drag, release draws a box, clamped to the image. Esc cancels; a box smaller than a few screen
 * pixels is a slip and is dropped. The canvas draws the crosshair and the loupe while this tool is active.
 */
final class DrawBoxTool implements CanvasTool {
    /** A box narrower or shorter than this on screen is taken for a click, not a box. */
    static final double MIN_VIEW_PX = 3;
    private static final String DRAFT_LABEL = "";

    private final CanvasContext canvas;
    private final BoxPainter painter;
    private final Runnable done;
    private double startX = Double.NaN;
    private double startY;
    private Box draft;

    /** {@code done} runs when the tool has finished (a box drawn, dropped or cancelled). */
    DrawBoxTool(CanvasContext canvas, BoxPainter painter, Runnable done) {
        this.canvas = canvas;
        this.painter = painter;
        this.done = done;
    }

    @Override
    public void pressed(CanvasMouse mouse) {
        if (!mouse.left()) {
            return;
        }
        startX = clamp(mouse.imageX(), canvas.imageWidth());
        startY = clamp(mouse.imageY(), canvas.imageHeight());
        draft = BoxGeometry.fromDrag(DRAFT_LABEL, startX, startY, startX, startY, canvas.imageWidth(),
                canvas.imageHeight(), canvas.drawSquares());
        canvas.changed();
    }

    @Override
    public void dragged(CanvasMouse mouse) {
        if (!Double.isNaN(startX)) {
            draft = BoxGeometry.fromDrag(DRAFT_LABEL, startX, startY, mouse.imageX(), mouse.imageY(),
                    canvas.imageWidth(), canvas.imageHeight(), canvas.drawSquares());
        }
        canvas.marksMoved();
    }

    @Override
    public void released(CanvasMouse mouse) {
        if (Double.isNaN(startX) || !mouse.left()) {
            return;
        }
        Box drawn = BoxGeometry.fromDrag(DRAFT_LABEL, startX, startY, mouse.imageX(), mouse.imageY(),
                canvas.imageWidth(), canvas.imageHeight(), canvas.drawSquares());
        reset();
        done.run();
        if (!BoxGeometry.isDegenerate(drawn, MIN_VIEW_PX, canvas.transform())) {
            canvas.boxDrawn(drawn);
        }
    }

    @Override
    public void moved(CanvasMouse mouse) {
        canvas.marksMoved();
    }

    @Override
    public void cancel() {
        reset();
        done.run();
    }

    private void reset() {
        startX = Double.NaN;
        draft = null;
        canvas.changed();
    }


    @Override
    public void paintOverlay(Graphics2D g, ViewTransform transform, Rectangle viewBounds) {
        if (draft != null) {
            painter.paintDraft(g, transform, draft);
        }
    }

    @Override
    public boolean placesPoint() {
        return true;
    }

    @Override
    public Box draft() {
        return draft;
    }

    @Override
    public Cursor cursor() {
        return Cursor.getPredefinedCursor(Cursor.CROSSHAIR_CURSOR);
    }

    @Override
    public double[] draftSize() {
        return draft == null ? null : new double[] {draft.right() - draft.left(), draft.bottom() - draft.top()};
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }
}
