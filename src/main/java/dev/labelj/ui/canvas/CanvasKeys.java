package dev.labelj.ui.canvas;

import java.awt.AWTKeyStroke;
import java.awt.KeyboardFocusManager;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.Set;
import javax.swing.JComponent;

/** Keys the canvas keeps for itself that Swing would otherwise give to the focus. */
final class CanvasKeys {
    private CanvasKeys() {
    }

    /** Tab and Shift+Tab go from box to box on the canvas; Ctrl+Tab and Ctrl+Shift+Tab still move the focus on. */
    static void tabGoesFromBoxToBox(JComponent canvas) {
        canvas.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS,
                Set.of(AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK)));
        canvas.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, Set.of(AWTKeyStroke.getAWTKeyStroke(
                KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK)));
    }
}
