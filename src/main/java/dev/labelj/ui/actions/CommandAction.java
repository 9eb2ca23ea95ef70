package dev.labelj.ui.actions;

import dev.labelj.ui.support.Messages;
import java.awt.EventQueue;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;

/**
 * One user command, defined once and shared by menu, toolbar and keys. Its name, tooltip and key
 * come from the resource bundle key {@code action.<id>}. Single-letter keys (W, A, D…) do nothing
 * while the user types in a text field, so typing a label never flips the image.
 */
public final class CommandAction extends AbstractAction {
    private final String id;
    private final Runnable command;

    public CommandAction(String id, String accelerator, Runnable command) {
        super(Messages.get("action." + id));
        this.id = id;
        this.command = command;
        putValue(SHORT_DESCRIPTION, Messages.get("action." + id + ".tip"));
        putValue(ACTION_COMMAND_KEY, id);
        if (accelerator != null) {
            putValue(ACCELERATOR_KEY, KeyStroke.getKeyStroke(accelerator));
        }
    }

    public String id() {
        return id;
    }

    public KeyStroke accelerator() {
        return (KeyStroke) getValue(ACCELERATOR_KEY);
    }

    /** Single-letter keys must not fire while the user types in a text field. */
    public boolean isSingleKey() {
        KeyStroke key = accelerator();
        return key != null && key.getModifiers() == 0 && key.getKeyCode() >= 0x20 && key.getKeyCode() <= 0x5A;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        if (isSingleKey() && typingInTextField()) {
            return;
        }
        command.run();
    }

    private static boolean typingInTextField() {
        return EventQueue.getCurrentEvent() instanceof KeyEvent
                && KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() instanceof JTextComponent;
    }
}
