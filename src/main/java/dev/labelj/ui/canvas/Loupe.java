package dev.labelj.ui.canvas;

import dev.labelj.model.Box;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The magnifier shown while a box corner or edge is being placed: the pixels around the cursor at
 * {@link #MAGNIFICATION} screen pixels per image pixel, nearest-neighbour so each image pixel is a visible square,
 * with the boxes (1 px outlines) and the cursor drawn in. It sits diagonally off the cursor, inside the view, on the
 * first side where it fits, so it never covers the point being placed (docs/adr/0158-loupe.md).
 */
final class Loupe {
    /** Screen pixels per image pixel: six shows a pixel as a square yet still 26 pixels around the cursor. */
    static final int MAGNIFICATION = 6;
    /** The side of the magnifier, borders included, in screen pixels. */
    static final int SIZE_PX = 160;
    /** How far the magnifier's nearest corner stays from the cursor, in screen pixels. */
    static final int GAP_PX = 24;
    /** How long each arm of the cursor in the loupe is, in screen pixels. */
    private static final int CURSOR_ARM_PX = 12;
    private static final Color FRAME_DARK = new Color(0x202020);
    private static final Color FRAME_LIGHT = Color.WHITE;
    private static final Color OUTSIDE = new Color(0x505050);

    private Loupe() {
    }

    /**
     * Where the magnifier goes for a cursor at ({@code viewX}, {@code viewY}) in a view {@code viewWidth} x
     * {@code viewHeight}: above-right, above-left, below-right, below-left, whichever is wholly inside first.
     */
    static Rectangle placeFor(double viewX, double viewY, int viewWidth, int viewHeight) {
        int x = (int) Math.round(viewX);
        int y = (int) Math.round(viewY);
        int right = x + GAP_PX;
        int left = x - GAP_PX - SIZE_PX;
        int above = y - GAP_PX - SIZE_PX;
        int below = y + GAP_PX;
        int[][] corners = {{right, above}, {left, above}, {right, below}, {left, below}};
        for (int[] corner : corners) {
            if (corner[0] >= 0 && corner[1] >= 0 && corner[0] + SIZE_PX <= viewWidth
                    && corner[1] + SIZE_PX <= viewHeight) {
                return new Rectangle(corner[0], corner[1], SIZE_PX, SIZE_PX);
            }
        }
        // a view too small for any side: kept inside, over the cursor if it must be
        return new Rectangle(Math.max(0, Math.min(right, viewWidth - SIZE_PX)),
                Math.max(0, Math.min(above, viewHeight - SIZE_PX)), SIZE_PX, SIZE_PX);
    }

    /** The view through the magnifier: image point ({@code imageX}, {@code imageY}) at the centre of {@code place}. */
    static ViewTransform lens(Rectangle place, double imageX, double imageY) {
        return new ViewTransform(MAGNIFICATION, place.getCenterX() - imageX * MAGNIFICATION,
                place.getCenterY() - imageY * MAGNIFICATION);
    }

    /** What one paint of the magnifier needs: where it is, what it is centred on, what it draws in. */
    record Scene(Rectangle place, double imageX, double imageY, List<Box> boxes, IntPredicate visible,
            IntPredicate selected, Box draft) {
    }

    /** Paints the magnifier; only the few hundred pixels it shows are read from the picture. */
    static void paint(Graphics2D g, CanvasPicture picture, BoxPainter painter, Scene scene) {
        Rectangle place = scene.place();
        Graphics2D inside = (Graphics2D) g.create();
        try {
            inside.clip(place);
            inside.setColor(OUTSIDE);
            inside.fill(place);
            ViewTransform lens = lens(place, scene.imageX(), scene.imageY());
            double span = (double) SIZE_PX / MAGNIFICATION;
            PixelPatch patch = picture.patch(scene.imageX() - span / 2, scene.imageY() - span / 2, span, span);
            if (patch != null) {
                paintPixels(inside, lens, patch);
            }
            painter.paintBoxes(inside, lens, scene.boxes(), scene.visible(), scene.selected(), -1);
            if (scene.draft() != null) {
                painter.paintDraft(inside, lens, scene.draft());
            }
            paintCursor(inside, place);
        } finally {
            inside.dispose();
        }
        paintFrame(g, place);
    }

    private static void paintPixels(Graphics2D g, ViewTransform lens, PixelPatch patch) {
        AffineTransform place = lens.toAffine();
        place.translate(patch.imageX(), patch.imageY());
        place.scale(patch.imagePerPixelX(), patch.imagePerPixelY());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(patch.pixels(), place, null);
    }

    /**
     * The cursor as four short arms around the centre, light under dark dashes like the crosshair: they stop a
     * pixel short of it, so the pixel under the cursor is seen whole, and end soon after, so the edges of the box
     * being placed, which meet at the cursor, are seen running on along the pixels.
     */
    private static void paintCursor(Graphics2D g, Rectangle place) {
        double x = place.getCenterX();
        double y = place.getCenterY();
        double gap = MAGNIFICATION;
        double end = gap + CURSOR_ARM_PX;
        Line2D[] arms = {
            new Line2D.Double(x - end, y, x - gap, y), new Line2D.Double(x + gap, y, x + end, y),
            new Line2D.Double(x, y - end, x, y - gap), new Line2D.Double(x, y + gap, x, y + end)};
        Stroke old = g.getStroke();
        g.setStroke(new BasicStroke(1f));
        g.setColor(FRAME_LIGHT);
        for (Line2D arm : arms) {
            g.draw(arm);
        }
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
        g.setColor(FRAME_DARK);
        for (Line2D arm : arms) {
            g.draw(arm);
        }
        g.setStroke(old);
    }

    private static void paintFrame(Graphics2D g, Rectangle place) {
        g.setColor(FRAME_DARK);
        g.drawRect(place.x, place.y, place.width - 1, place.height - 1);
        g.setColor(FRAME_LIGHT);
        g.drawRect(place.x + 1, place.y + 1, place.width - 3, place.height - 3);
    }
}
