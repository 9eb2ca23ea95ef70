package dev.labelj.ui.panels;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JComboBox;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;

/**
 * The single keys that are window commands everywhere but in text fields (labelImg's W, A, D, Space, Del,
 * 1-9 for classes, and the arrows that nudge boxes). A list or table binds some of them itself (Space adds to the selection); a binding
 * of a focused component wins over the root pane's, so those entries are masked here.
 */
public final class AppKeys {
    /** Masks a look-and-feel binding without being one: the lookup finds no action and goes on upwards. */
    private static final String NONE = "none";

    private AppKeys() {
    }

    /** The key strokes the window binds on its root pane for single-key commands. */
    public static List<KeyStroke> singleKeys() {
        List<KeyStroke> keys = new ArrayList<>();
        for (int code : new int[] {KeyEvent.VK_W, KeyEvent.VK_A, KeyEvent.VK_D, KeyEvent.VK_SPACE,
                KeyEvent.VK_DELETE, KeyEvent.VK_P,
                KeyEvent.VK_T, KeyEvent.VK_Z}) {
            keys.add(KeyStroke.getKeyStroke(code, 0));
        }
        for (int code = KeyEvent.VK_1; code <= KeyEvent.VK_9; code++) {
            keys.add(KeyStroke.getKeyStroke(code, 0));
        }
        // the arrows nudge the selected boxes (Shift: ten pixels) wherever focus is, as on the canvas
        for (int code : new int[] {KeyEvent.VK_LEFT, KeyEvent.VK_RIGHT, KeyEvent.VK_UP, KeyEvent.VK_DOWN}) {
            keys.add(KeyStroke.getKeyStroke(code, 0));
            keys.add(KeyStroke.getKeyStroke(code, InputEvent.SHIFT_DOWN_MASK));
        }
        return keys;
    }

    /**
     * Lets the single-key commands pass through {@code component}: its own bindings for them are masked in
     * the maps consulted before the window's. Kept across look-and-feel changes, which replace only the
     * parent maps the look and feel installed.
     */
    public static void release(JComponent component) {
        for (KeyStroke key : singleKeys()) {
            mask(component.getInputMap(JComponent.WHEN_FOCUSED), key);
            mask(component.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT), key);
        }
    }

    /**
     * {@link #release} for every component inside {@code root} but text fields and combo boxes, whose arrows
     * move the caret or the choice. A container's own bindings are consulted before the window's whenever
     * focus is inside it (a split pane takes the plain arrows to move its divider, a scroll pane to scroll),
     * so masking only the focusable lists and tables is not enough.
     */
    public static void releaseAll(Container root) {
        if (root instanceof JTextComponent || root instanceof JComboBox) {
            return;
        }
        if (root instanceof JComponent component) {
            release(component);
        }
        for (Component child : root.getComponents()) {
            if (child instanceof Container container) {
                releaseAll(container);
            }
        }
    }

    private static void mask(InputMap map, KeyStroke key) {
        map.put(key, NONE);
    }
}
