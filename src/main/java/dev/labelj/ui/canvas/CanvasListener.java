package dev.labelj.ui.canvas;

import dev.labelj.model.Box;
import java.awt.Component;

/** What the canvas asks of the window around it, and tells it. */
public interface CanvasListener {
    /** A box was drawn: ask its label and add it (or drop it when the user cancels). */
    void boxDrawn(Box unlabelled);

    /** Double-click on a box: edit its label. */
    void editLabel(int index);

    /** Right-click: show the box menu at this point. */
    void popup(Component canvas, int viewX, int viewY);

    /** The zoom or pan changed. */
    default void viewChanged(ViewTransform transform) {
    }

    /** The mouse is over this image point (also when the view moved under a still mouse). */
    default void pointerMoved(double imageX, double imageY) {
    }

    /** The mouse left the canvas: no image point is under it. */
    default void pointerLeft() {
    }

    /** Whether the canvas wants the full-resolution pixels changed (the loupe came or went): ask it again. */
    default void fullDetailChanged() {
    }

    /** The size (w, h in image pixels) of the box being drawn or resized, or null when none. */
    default void draftChanged(double[] size) {
    }
}
