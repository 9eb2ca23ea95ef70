package dev.labelj.ui.actions;

import dev.labelj.ui.support.Messages;
import java.awt.EventQueue;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
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
    private final boolean plainKey;
    /** What it does; null while the action only shows its name, icon and key (see {@link AppActions#prepare}). */
    private Runnable command;
    private BooleanSupplier enabledWhen = () -> false;
    private String baseName;
    private String baseTip;
    /** What the command would act on now ("Move box" for Undo), named in the menu and tooltip; or null. */
    private Supplier<Optional<String>> detail;

    /** The action of {@code id} with its name, icons and key, disabled until its command is attached. */
    CommandAction(ActionId id) {
        this(id.key(), id.keyStroke(), id.isPlainKey());
        ActionIcons.icon(id, ActionIcons.MENU_SIZE).ifPresent(icon -> putValue(SMALL_ICON, icon));
        ActionIcons.icon(id, ActionIcons.TOOLBAR_SIZE).ifPresent(icon -> putValue(LARGE_ICON_KEY, icon));
        setEnabled(false);
    }

    private CommandAction(String id, KeyStroke key, boolean plainKey) {
        super(Messages.get("action." + id));
        this.id = id;
        this.plainKey = plainKey;
        putValue(ACTION_COMMAND_KEY, id);
        if (key != null) {
            putValue(ACCELERATOR_KEY, key);
        }
        readWords();
    }

    /** Gives the action what it does, once; {@code enabledWhen} is re-read on every refresh. */
    void attach(Runnable what, BooleanSupplier when) {
        if (command != null) {
            throw new IllegalStateException("defined twice: " + id);
        }
        command = what;
        enabledWhen = when;
    }

    /** True once it has a command. */
    boolean isAttached() {
        return command != null;
    }

    /** After a language switch: the name and tooltip again, from the bundle of the new language. */
    void relabel() {
        readWords();
        putValue(NAME, baseName);
        refresh();
    }

    private void readWords() {
        KeyStroke key = accelerator();
        String tip = Messages.get("action." + id + ".tip");
        baseName = Messages.get("action." + id);
        baseTip = key == null ? tip : tip + " (" + ActionId.describe(key) + ")";
        putValue(SHORT_DESCRIPTION, baseTip);
    }

    /**
     * Names what the command would act on, re-read on every refresh: "Undo Move box" in the menu and the
     * tooltip (bundle key {@code action.<id>.named}); the plain name when {@code now} is empty.
     */
    public void nameAfter(Supplier<Optional<String>> now) {
        detail = now;
        refresh();
    }

    /** True when the name changes with what the command would act on ({@link #nameAfter}). */
    public boolean hasChangingName() {
        return detail != null;
    }

    /** The name without what it would act on ("Undo"). */
    public String baseName() {
        return baseName;
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
        if (detail != null) {
            Optional<String> what = detail.get();
            putValue(NAME, what.map(w -> Messages.get("action." + id + ".named", w)).orElse(baseName));
            putValue(SHORT_DESCRIPTION, what.map(w -> Messages.get("action." + id + ".named", w) + " \u2014 ")
                    .orElse("") + baseTip);
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
        if (command == null || !isEnabled() || plainKey && typingInTextField()) {
            return;
        }
        if (EventQueue.getCurrentEvent() instanceof KeyEvent key) {
            TypedEcho.dropAfter(key);
        }
        command.run();
    }

    private static boolean typingInTextField() {
        return EventQueue.getCurrentEvent() instanceof KeyEvent
                && KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() instanceof JTextComponent;
    }
}
