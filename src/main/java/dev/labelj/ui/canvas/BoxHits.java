package dev.labelj.ui.canvas;

import dev.labelj.model.Box;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which box or handle is under the mouse. Boxes are hit in image pixels; handles in screen pixels, so a
 * handle is as easy to grab at 400 % as at 25 % (labelImg's grab zone was fixed in image pixels: huge when
 * zoomed in, tiny when zoomed out).
 */
public final class BoxHits {
    private BoxHits() {
    }

    /** Indices of the boxes containing the image point, topmost (last drawn) first. */
    public static List<Integer> boxesAt(List<Box> boxes, double imageX, double imageY) {
        List<Integer> hits = new ArrayList<>();
        for (int i = boxes.size() - 1; i >= 0; i--) {
            Box box = boxes.get(i);
            if (imageX >= box.left() && imageX <= box.right() && imageY >= box.top() && imageY <= box.bottom()) {
                hits.add(i);
            }
        }
        return hits;
    }

    /**
     * The box a click selects among {@code under} (from {@link #boxesAt}): the one after the current selection,
     * wrapping, so repeated clicks on overlapping boxes cycle through all of them; else the topmost.
     */
    public static OptionalInt nextUnder(List<Integer> under, OptionalInt selected) {
        if (under.isEmpty()) {
            return OptionalInt.empty();
        }
        int at = selected.isPresent() ? under.indexOf(selected.getAsInt()) : -1;
        return OptionalInt.of(under.get(at < 0 ? 0 : (at + 1) % under.size()));
    }

    /** The handle of {@code box} nearest the view point within {@code grabPx} screen pixels (each axis). */
    public static Optional<Handle> handleAt(Box box, ViewTransform transform, double viewX, double viewY,
                                            double grabPx) {
        Handle best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Handle handle : Handle.values()) {
            Point2D at = transform.toView(handle.on(box));
            double distance = Math.max(Math.abs(at.getX() - viewX), Math.abs(at.getY() - viewY));
            if (distance <= grabPx && distance < bestDistance) {
                best = handle;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
