package dev.labelj.ui.canvas;

import java.awt.geom.Point2D;

/**
 * Where the mouse is over the canvas, told in image pixels: when the mouse moves, and when the view moves under
 * a still mouse (wheel, keys, scroll bars, the next image); nothing once it has left.
 */
final class CanvasPointer {
    private final CanvasListener listener;
    /** View pixels, or null while the mouse is elsewhere. */
    private Point2D mouseView;

    CanvasPointer(CanvasListener listener) {
        this.listener = listener;
    }

    /** The mouse is at this view point; {@code now} is the view, null while no image is shown. */
    void movedTo(double viewX, double viewY, ViewTransform now) {
        mouseView = new Point2D.Double(viewX, viewY);
        report(now);
    }

    /** Where the mouse is, in view pixels, or null while it is elsewhere. */
    Point2D at() {
        return mouseView;
    }

    void left() {
        mouseView = null;
        listener.pointerLeft();
    }

    /** The view changed: the same view point is now another image pixel. */
    void viewMoved(ViewTransform now) {
        if (mouseView != null) {
            report(now);
        }
    }

    private void report(ViewTransform now) {
        if (now != null) {
            listener.pointerMoved(now.toImageX(mouseView.getX()), now.toImageY(mouseView.getY()));
        }
    }
}
