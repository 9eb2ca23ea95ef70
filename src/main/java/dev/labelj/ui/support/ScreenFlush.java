package dev.labelj.ui.support;

import java.awt.Toolkit;
import javax.swing.SwingUtilities;

/**
 * Sends what Swing just painted to the screen at once. On X11 the drawing requests of a paint pass wait in the
 * client's output buffer until the toolkit thread next flushes it, which can be tens of milliseconds later: a
 * D press was painted 6 ms after the key but reached the screen 10-90 ms after it. One sync after the paint
 * pass (Swing's back buffer copied to the window included) puts it on the screen when it is done.
 */
public final class ScreenFlush {
    private static boolean pending;

    private ScreenFlush() {
    }

    /**
     * Called from a component's paint on the EDT: one sync runs after the current paint pass, however many
     * components ask during it.
     */
    public static void afterThisPaint() {
        if (pending) {
            return;
        }
        pending = true;
        SwingUtilities.invokeLater(() -> {
            pending = false;
            Toolkit.getDefaultToolkit().sync();
        });
    }
}
