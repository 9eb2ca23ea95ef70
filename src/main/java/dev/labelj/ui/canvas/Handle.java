package dev.labelj.ui.canvas;

import dev.labelj.model.Box;
import java.awt.Cursor;
import java.awt.geom.Point2D;

/**
 * The eight resize handles of a box: four corners, then four edge midpoints. Each knows where it sits on a
 * box, which edges a drag of it moves and which cursor tells the user so. Corners come first so that on a
 * tiny box, where handles overlap, a corner wins.
 */
public enum Handle {
    TOP_LEFT(0, 0, Cursor.NW_RESIZE_CURSOR),
    TOP_RIGHT(1, 0, Cursor.NE_RESIZE_CURSOR),
    BOTTOM_RIGHT(1, 1, Cursor.SE_RESIZE_CURSOR),
    BOTTOM_LEFT(0, 1, Cursor.SW_RESIZE_CURSOR),
    TOP(0.5, 0, Cursor.N_RESIZE_CURSOR),
    RIGHT(1, 0.5, Cursor.E_RESIZE_CURSOR),
    BOTTOM(0.5, 1, Cursor.S_RESIZE_CURSOR),
    LEFT(0, 0.5, Cursor.W_RESIZE_CURSOR);

    private final double fractionX;
    private final double fractionY;
    private final int cursorType;

    Handle(double fractionX, double fractionY, int cursorType) {
        this.fractionX = fractionX;
        this.fractionY = fractionY;
        this.cursorType = cursorType;
    }

    /** A {@link Cursor} type constant, for {@code Cursor.getPredefinedCursor}. */
    public int cursorType() {
        return cursorType;
    }

    public boolean movesLeft() {
        return fractionX == 0;
    }

    public boolean movesRight() {
        return fractionX == 1;
    }

    public boolean movesTop() {
        return fractionY == 0;
    }

    public boolean movesBottom() {
        return fractionY == 1;
    }

    /** Where this handle sits on {@code box}, in image pixels. */
    public Point2D on(Box box) {
        return new Point2D.Double(box.left() + fractionX * (box.right() - box.left()),
                box.top() + fractionY * (box.bottom() - box.top()));
    }
}
