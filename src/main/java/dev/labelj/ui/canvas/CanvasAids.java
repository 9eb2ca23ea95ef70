package dev.labelj.ui.canvas;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Point2D;

/**
 * How the canvas helps place a box: Draw Squares, the crosshair, the loupe; and when the loupe shows: the switch
 * is on, the tool is placing a point (drawing, or dragging a handle), the mouse is over the canvas, and the view
 * does not already show the image as large as the loupe would.
 */
public final class CanvasAids {
    private boolean squares;
    private boolean crosshair = true;
    private boolean loupe;
    private boolean detailWanted;
    private final Runnable switched;

    /** {@code switched} runs after either switch is set. */
    CanvasAids(Runnable switched) {
        this.switched = switched;
    }

    /** labelImg's Draw Squares: boxes are drawn and resized as squares. */
    public void setDrawSquares(boolean on) {
        squares = on;
        switched.run();
    }

    public boolean drawSquares() {
        return squares;
    }

    public boolean crosshair() {
        return crosshair;
    }

    /** Guide lines through the cursor while drawing (View > Crosshair). */
    public void setCrosshair(boolean on) {
        crosshair = on;
        switched.run();
    }

    public boolean loupe() {
        return loupe;
    }

    /** The magnifier while drawing or dragging a handle (View > Loupe). */
    public void setLoupe(boolean on) {
        loupe = on;
        switched.run();
    }

    /** True while the loupe may show: it wants the full-resolution pixels, not a reduced decode. */
    boolean wantsDetail(CanvasTool tool) {
        return loupe && tool.placesPoint();
    }

    /** True when {@link #wantsDetail} differs from what it was at the last call. */
    boolean detailWantChanged(CanvasTool tool) {
        boolean now = wantsDetail(tool);
        boolean changed = now != detailWanted;
        detailWanted = now;
        return changed;
    }

    /** Where the loupe is for this cursor (view pixels, null when outside) and view, or null when it is not shown. */
    Rectangle loupePlace(CanvasTool tool, Point2D cursorView, ViewTransform now, int viewWidth, int viewHeight) {
        if (!wantsDetail(tool) || cursorView == null || now.scale() >= Loupe.MAGNIFICATION) {
            return null;
        }
        return Loupe.placeFor(cursorView.getX(), cursorView.getY(), viewWidth, viewHeight);
    }

    /** The loupe over what is painted, centred on the image point under the cursor. */
    static void paintLoupe(Graphics2D g, CanvasPicture picture, BoxPainter painter, Loupe.Scene scene) {
        BoxPainter thin = new BoxPainter(new BoxPainter.Style(1f, painter.style().handleSizePx(), false),
                painter.palette());
        Loupe.paint(g, picture, thin, scene);
    }
}
