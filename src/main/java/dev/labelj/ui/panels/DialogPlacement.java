package dev.labelj.ui.panels;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;

/**
 * Where a small dialog goes: its text field under the mouse, or centred on its owner; inside the owner window when
 * the mouse is over it and the dialog fits there (a box drawn near the window's edge), always on screen.
 */
final class DialogPlacement {
    private DialogPlacement() {
    }

    /**
     * The dialog's top-left corner.
     *
     * @param size   the dialog's size
     * @param near   where the mouse is (screen coordinates), or null to centre on {@code owner}
     * @param anchor the point of the dialog (relative to its corner) to put under the mouse
     * @param owner  the owner window's bounds on screen
     * @param screen the usable area of the screen the dialog goes on (without task bars)
     */
    static Point place(Dimension size, Point near, Point anchor, Rectangle owner, Rectangle screen) {
        int x;
        int y;
        if (near != null) {
            x = near.x - anchor.x;
            y = near.y - anchor.y;
        } else {
            x = owner.x + (owner.width - size.width) / 2;
            y = owner.y + (owner.height - size.height) / 2;
        }
        Rectangle area = screen;
        Rectangle window = owner.intersection(screen);
        if (near != null && owner.contains(near) && window.width >= size.width && window.height >= size.height) {
            area = window;
        }
        return new Point(clamp(x, area.x, area.x + area.width - size.width),
                clamp(y, area.y, area.y + area.height - size.height));
    }

    /** Keeps the start inside [low, high]; a dialog larger than the screen starts at its top-left. */
    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(value, high));
    }
}
