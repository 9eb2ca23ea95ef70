package dev.labelj.ui.canvas;

import dev.labelj.model.Box;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the tools do to a box, as pure functions in image pixels, so drawing, moving, resizing and nudging
 * are tested without a window and the canvas only turns mouse positions into calls. Everything a gesture
 * makes stays inside the image (a box read from a file may lie outside; moving it never pushes it further out).
 */
public final class BoxGeometry {
    private BoxGeometry() {
    }

    /** {@code box} moved by the delta, clamped so it stays inside the image with its size unchanged. */
    public static Box moved(Box box, double dxImage, double dyImage, double imageW, double imageH) {
        double dx = allowed(dxImage, box.left(), box.right(), imageW);
        double dy = allowed(dyImage, box.top(), box.bottom(), imageH);
        return box.withCorners(box.xMin() + dx, box.yMin() + dy, box.xMax() + dx, box.yMax() + dy);
    }

    /**
     * The boxes at {@code selected} moved together by one delta (arrow keys; Shift = 10 px), clamped so the
     * whole group stays inside the image and keeps its arrangement. The other boxes are returned as they were;
     * at an image edge the list comes back equal, so the document records no edit.
     */
    public static List<Box> nudged(List<Box> boxes, Collection<Integer> selected, double dxImage, double dyImage,
                                   double imageW, double imageH) {
        double dx = dxImage;
        double dy = dyImage;
        for (int index : selected) {
            Box box = boxes.get(index);
            dx = allowed(dx, box.left(), box.right(), imageW);
            dy = allowed(dy, box.top(), box.bottom(), imageH);
        }
        List<Box> result = new ArrayList<>(boxes);
        if (dx == 0 && dy == 0) {
            return result;
        }
        for (int index : selected) {
            Box box = boxes.get(index);
            result.set(index, box.withCorners(box.xMin() + dx, box.yMin() + dy, box.xMax() + dx, box.yMax() + dy));
        }
        return result;
    }

    /**
     * {@code box} with the edges of {@code handle} dragged to the image point, clamped to the image. Dragging
     * past the opposite edge flips the box, so the result is always normalised (xMin &lt;= xMax).
     */
    public static Box resized(Box box, Handle handle, double imageX, double imageY, double imageW, double imageH) {
        double x = clamp(imageX, 0, imageW);
        double y = clamp(imageY, 0, imageH);
        double left = handle.movesLeft() ? x : box.left();
        double right = handle.movesRight() ? x : box.right();
        double top = handle.movesTop() ? y : box.top();
        double bottom = handle.movesBottom() ? y : box.bottom();
        return box.withCorners(Math.min(left, right), Math.min(top, bottom),
                Math.max(left, right), Math.max(top, bottom));
    }

    /**
     * The box a press at (x0, y0) and a drag to (x1, y1) draws, both points clamped to the image. With
     * {@code square} (labelImg's Draw Squares) the side is the shorter drag extent, in the drag's direction.
     */
    public static Box fromDrag(String label, double x0, double y0, double x1, double y1,
                               double imageW, double imageH, boolean square) {
        double startX = clamp(x0, 0, imageW);
        double startY = clamp(y0, 0, imageH);
        double endX = clamp(x1, 0, imageW);
        double endY = clamp(y1, 0, imageH);
        if (square) {
            double side = Math.min(Math.abs(endX - startX), Math.abs(endY - startY));
            endX = startX + Math.signum(endX - startX) * side;
            endY = startY + Math.signum(endY - startY) * side;
        }
        return Box.of(label, Math.min(startX, endX), Math.min(startY, endY),
                Math.max(startX, endX), Math.max(startY, endY));
    }

    /** True when the box is narrower or shorter than {@code minViewPx} on screen: a slip of the mouse, not a box. */
    /**
     * Boxes brought from another image (paste, copy previous): each one cut to this image's edges; one with
     * nothing left inside (wholly outside, or no area) is left out. Boxes already inside come back unchanged.
     */
    public static Fitted fittedInto(List<Box> boxes, double imageW, double imageH) {
        List<Box> kept = new ArrayList<>();
        int clipped = 0;
        for (Box box : boxes) {
            double left = clamp(box.left(), 0, imageW);
            double right = clamp(box.right(), 0, imageW);
            double top = clamp(box.top(), 0, imageH);
            double bottom = clamp(box.bottom(), 0, imageH);
            if (right <= left || bottom <= top) {
                continue;
            }
            if (left == box.left() && right == box.right() && top == box.top() && bottom == box.bottom()) {
                kept.add(box);
            } else {
                kept.add(box.withCorners(left, top, right, bottom));
                clipped++;
            }
        }
        return new Fitted(kept, clipped, boxes.size() - kept.size());
    }

    /** What {@link #fittedInto} made: the boxes to add, how many were cut to the edges, how many left out. */
    public record Fitted(List<Box> boxes, int clipped, int leftOut) {
        public Fitted {
            boxes = List.copyOf(boxes);
        }
    }

    public static boolean isDegenerate(Box box, double minViewPx, ViewTransform transform) {
        return (box.right() - box.left()) * transform.scale() < minViewPx
                || (box.bottom() - box.top()) * transform.scale() < minViewPx;
    }

    /** The part of {@code delta} that keeps [low, high] inside [0, extent], never pushing it further out. */
    private static double allowed(double delta, double low, double high, double extent) {
        double most = Math.max(0, extent - high);
        double least = Math.min(0, -low);
        return clamp(delta, least, most);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
