package dev.labelj.ui.actions;

import dev.labelj.ui.support.Messages;
import java.awt.EventQueue;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.function.BooleanSupplier;
import javax.swing.AbstractAction;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;

/**
 * One user command, shared by menu, toolbar and keys. Its name and tooltip come from the resource bundle key
 * {@code action.<id>}; the tooltip names the key from the action itself, so it is never out of date.
 * Plain keys (W, A, D, Del, arrows) do nothing while the user types in a text field, so typing a label never
 * flips the image.
 */
public final class CommandAction extends AbstractAction {
    private final String id;
    private final Runnable command;
    private final boolean plainKey;
    private final BooleanSupplier enabledWhen;

    CommandAction(ActionId id, Runnable command, BooleanSupplier enabledWhen) {
        this(id.key(), id.keyStroke(), id.isPlainKey(), command, enabledWhen);
    }

    private CommandAction(String id, KeyStroke key, boolean plainKey, Runnable command, BooleanSupplier enabledWhen) {
        super(Messages.get("action." + id));
        this.id = id;
        this.command = command;
        this.plainKey = plainKey;
        this.enabledWhen = enabledWhen;
        putValue(ACTION_COMMAND_KEY, id);
        if (key != null) {
            putValue(ACCELERATOR_KEY, key);
        }
        String tip = Messages.get("action." + id + ".tip");
        putValue(SHORT_DESCRIPTION, key == null ? tip : tip + " (" + ActionId.describe(key) + ")");
    }

    public String id() {
        return id;
    }

    public KeyStroke accelerator() {
        return (KeyStroke) getValue(ACCELERATOR_KEY);
    }

    private BooleanSupplier selected;

    /** Re-reads whether the command can run now (and, for an on/off command, whether it is on). */
    void refresh() {
        setEnabled(enabledWhen.getAsBoolean());
        if (selected != null) {
            putValue(SELECTED_KEY, selected.getAsBoolean());
        }
    }

    void setSelectedSupplier(BooleanSupplier state) {
        selected = state;
        putValue(SELECTED_KEY, state.getAsBoolean());
    }

    /** True for an on/off command, shown as a checkbox. */
    public boolean isToggle() {
        return selected != null;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        if (!isEnabled() || plainKey && typingInTextField()) {
            return;
        }
        command.run();
    }

    private static boolean typingInTextField() {
        return EventQueue.getCurrentEvent() instanceof KeyEvent
                && KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() instanceof JTextComponent;
    }
}
