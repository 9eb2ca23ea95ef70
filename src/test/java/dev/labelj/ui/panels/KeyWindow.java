package dev.labelj.ui.panels;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;

/** A frame whose root pane binds the single-key commands the way the main window does, and logs them. */
final class KeyWindow {
    private final JFrame frame = new JFrame("keys");
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());

    KeyWindow(JComponent content) {
        frame.add(content);
        JRootPane root = frame.getRootPane();
        for (KeyStroke key : AppKeys.singleKeys()) {
            String name = KeyEvent.getKeyText(key.getKeyCode());
            root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(key, name);
            root.getActionMap().put(name, new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent e) {
                    commands.add(name);
                }
            });
        }
    }

    JFrame frame() {
        return frame;
    }

    /** The commands that reached the root pane, in order (e.g. "D", "Space"). */
    List<String> commands() {
        synchronized (commands) {
            return List.copyOf(commands);
        }
    }
}
