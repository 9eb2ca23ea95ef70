package dev.labelj.ui.canvas;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the view covered by what follows the mouse while a box is drawn: the crosshair's two lines, the
 * loupe, the box being dragged out. When only these move, the view repaints where they were and where they are
 * now — two thin strips and two small squares instead of the whole picture and every box
 * (docs/adr/0159-repaint-only-what-follows-the-mouse.md).
 */
final class CanvasMarks {
    /** Slack around a mark for anti-aliasing and stroke rounding, in view pixels. */
    private static final int SLACK_PX = 2;
    /** How much larger than two places their union may be and still be painted as one. */
    private static final double JOIN_WASTE = 1.25;

    private CanvasMarks() {
    }

    /**
     * What the marks cover in this state, in view pixels.
     *
     * @param cursor the mouse, or null while it is elsewhere
     * @param loupe where the loupe is, or null while it is not shown
     * @param draft the box being drawn, in view pixels, or null
     */
    static List<Rectangle> footprint(Point2D cursor, boolean crosshair, Rectangle loupe, Rectangle2D draft,
            float lineWidthPx, int viewWidth, int viewHeight) {
        List<Rectangle> covered = new ArrayList<>(4);
        if (cursor != null && crosshair) {
            int x = (int) Math.floor(cursor.getX());
            int y = (int) Math.floor(cursor.getY());
            covered.add(new Rectangle(0, y - SLACK_PX, viewWidth, 2 * SLACK_PX + 1));
            covered.add(new Rectangle(x - SLACK_PX, 0, 2 * SLACK_PX + 1, viewHeight));
        }
        if (loupe != null) {
            covered.add(grown(loupe, SLACK_PX));
        }
        if (draft != null) {
            covered.add(grown(draft.getBounds(), (int) Math.ceil(lineWidthPx) + SLACK_PX));
        }
        return covered;
    }

    /**
     * Where to repaint: each place a mark was and is. Two places are joined when their union is hardly larger than
     * both (the loupe a few pixels on, the line a row down); the crosshair's two lines never are (their union would
     * be the whole view).
     */
    static List<Rectangle> changed(List<Rectangle> before, List<Rectangle> now) {
        List<Rectangle> joined = new ArrayList<>();
        List<Rectangle> all = new ArrayList<>(before);
        all.addAll(now);
        for (Rectangle next : all) {
            Rectangle merged = new Rectangle(next);
            boolean grew = true;
            while (grew) {
                grew = joined.removeIf(r -> worthJoining(merged, r) && add(merged, r));
            }
            joined.add(merged);
        }
        return joined;
    }

    private static boolean worthJoining(Rectangle a, Rectangle b) {
        Rectangle union = a.union(b);
        return area(union) <= JOIN_WASTE * (area(a) + area(b));
    }

    private static boolean add(Rectangle into, Rectangle other) {
        into.add(other);
        return true;
    }

    private static long area(Rectangle r) {
        return (long) r.width * r.height;
    }

    private static Rectangle grown(Rectangle r, int by) {
        return new Rectangle(r.x - by, r.y - by, r.width + 2 * by, r.height + 2 * by);
    }
}
