package dev.labelj.ui.canvas;

import java.awt.event.InputEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import javax.swing.SwingUtilities;

/**
 * Routes the canvas's mouse: the middle button pans, Ctrl+wheel zooms about the cursor, the wheel scrolls
 * (Shift: sideways), a right click opens the box menu; the left button goes to the active tool.
 */
final class CanvasMouseHandler extends MouseAdapter {
    /** Per wheel notch: 10 %, finer for trackpads that send fractions of a notch. */
    private static final double WHEEL_ZOOM = 1.10;
    private static final double WHEEL_SCROLL_PX = 60;
    private static final int DRAG_BUTTONS = InputEvent.BUTTON1_DOWN_MASK | InputEvent.BUTTON2_DOWN_MASK
            | InputEvent.BUTTON3_DOWN_MASK;

    private final BoxCanvas canvas;
    private final CanvasPointer pointer;
    private double panX = Double.NaN;
    private double panY;

    CanvasMouseHandler(BoxCanvas canvas, CanvasPointer pointer) {
        this.canvas = canvas;
        this.pointer = pointer;
    }

    void install() {
        canvas.addMouseListener(this);
        canvas.addMouseMotionListener(this);
        canvas.addMouseWheelListener(this);
    }

    private CanvasMouse at(MouseEvent e) {
        return CanvasMouse.of(e, canvas.transform());
    }

    @Override
    public void mousePressed(MouseEvent e) {
        canvas.requestFocusInWindow();
        if (SwingUtilities.isMiddleMouseButton(e)) {
            panX = e.getX();
            panY = e.getY();
        } else if (SwingUtilities.isRightMouseButton(e)) {
            selectUnder(e);
            maybePopup(e);
        } else {
            canvas.tool().pressed(at(e));
        }
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        CanvasMouse mouse = at(e);
        pointer.movedTo(e.getX(), e.getY(), canvas.shownTransform());
        if (!Double.isNaN(panX)) {
            canvas.pan(e.getX() - panX, e.getY() - panY);
            panX = e.getX();
            panY = e.getY();
        } else if (SwingUtilities.isLeftMouseButton(e)) {
            canvas.tool().dragged(mouse);
        }
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        if (SwingUtilities.isMiddleMouseButton(e)) {
            panX = Double.NaN;
        } else if (SwingUtilities.isRightMouseButton(e)) {
            maybePopup(e);
        } else {
            canvas.tool().released(at(e));
        }
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        CanvasMouse mouse = at(e);
        pointer.movedTo(e.getX(), e.getY(), canvas.shownTransform());
        canvas.tool().moved(mouse);
    }

    /** A drag that leaves the canvas still reports where it is; only a free mouse leaving empties the readout. */
    @Override
    public void mouseExited(MouseEvent e) {
        if ((e.getModifiersEx() & DRAG_BUTTONS) == 0) {
            pointer.left();
            if (canvas.tool().placesPoint()) {
                canvas.repaint(); // the loupe goes with the mouse
            }
        }
    }

    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
        // the readout follows the pixel that scrolls under the mouse, even before the mouse first moved
        pointer.movedTo(e.getX(), e.getY(), canvas.shownTransform());
        double notches = e.getPreciseWheelRotation();
        if ((e.getModifiersEx() & InputEvent.CTRL_DOWN_MASK) != 0
                || (e.getModifiersEx() & InputEvent.META_DOWN_MASK) != 0) {
            double scale = canvas.transform().scale() * Math.pow(WHEEL_ZOOM, -notches);
            canvas.zoomAbout(scale, e.getX(), e.getY());
        } else if ((e.getModifiersEx() & InputEvent.SHIFT_DOWN_MASK) != 0) {
            canvas.pan(-notches * WHEEL_SCROLL_PX, 0);
        } else {
            canvas.pan(0, -notches * WHEEL_SCROLL_PX);
        }
    }

    /** A right click on an unselected box selects it first, as labelImg does. */
    private void selectUnder(MouseEvent e) {
        CanvasMouse mouse = at(e);
        var under = BoxHits.boxesAt(canvas.boxes(), mouse.imageX(), mouse.imageY()).stream()
                .filter(canvas::isVisible).toList();
        if (!under.isEmpty() && under.stream().noneMatch(canvas.selection()::contains)) {
            canvas.selection().select(under.get(0));
        }
    }

    private void maybePopup(MouseEvent e) {
        if (e.isPopupTrigger()) {
            canvas.popup(e.getX(), e.getY());
        }
    }
}
