package dev.labelj.ui.canvas;

import dev.labelj.model.Box;
import java.awt.Cursor;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.List;
import java.util.Optional;

/** What the left mouse button does on the canvas (draw a box, or select / move / resize). */
interface CanvasTool {
    void pressed(CanvasMouse mouse);

    void dragged(CanvasMouse mouse);

    void released(CanvasMouse mouse);

    /** The mouse moved with no button down. */
    default void moved(CanvasMouse mouse) {
    }

    /** Esc: drop what the gesture has done so far; nothing reaches the document. */
    default void cancel() {
    }

    /** What a gesture in progress looks like (a draft box, guide lines), over the boxes. */
    default void paintOverlay(Graphics2D g, ViewTransform transform, Rectangle viewBounds) {
    }

    /** The boxes as a gesture in progress has them (moved, resized), painted instead of the document's. */
    default Optional<List<Box>> preview() {
        return Optional.empty();
    }

    /** True while the gesture places a corner or an edge under the cursor (drawing, or dragging a handle). */
    default boolean placesPoint() {
        return false;
    }

    /** The box being drawn (image pixels), or null. */
    default Box draft() {
        return null;
    }

    default Cursor cursor() {
        return Cursor.getDefaultCursor();
    }

    /** The size of the box being drawn or changed, in image pixels, for the status bar; null when none. */
    default double[] draftSize() {
        return null;
    }
}
