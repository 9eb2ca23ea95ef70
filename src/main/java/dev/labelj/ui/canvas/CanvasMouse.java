package dev.labelj.ui.canvas;

import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import javax.swing.SwingUtilities;

/** A mouse event as tools see it: where it is in view and in image pixels, and which button. */
record CanvasMouse(double viewX, double viewY, double imageX, double imageY, boolean left, boolean middle,
        boolean popup, int clicks, boolean shift) {

    static CanvasMouse of(MouseEvent e, ViewTransform transform) {
        return new CanvasMouse(e.getX(), e.getY(), transform.toImageX(e.getX()), transform.toImageY(e.getY()),
                SwingUtilities.isLeftMouseButton(e), SwingUtilities.isMiddleMouseButton(e), e.isPopupTrigger(),
                e.getClickCount(), (e.getModifiersEx() & InputEvent.SHIFT_DOWN_MASK) != 0);
    }
}
