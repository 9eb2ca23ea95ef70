package dev.labelj.ui.actions;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;

/** Builds each command of the main window once; menus, toolbar, popup and keys all share these actions. */
public final class AppActions {
    private final Map<ActionId, CommandAction> actions = new EnumMap<>(ActionId.class);

    /**
     * The action of {@code id}, made now if it was not: its name, icons and key, for a toolbar that must have its
     * size before the commands exist (docs/adr/0179). It does nothing until {@link #define} gives it its command.
     */
    public CommandAction prepare(ActionId id) {
        return actions.computeIfAbsent(id, CommandAction::new);
    }

    /** Defines what {@code id} does; {@code enabledWhen} is re-read on every {@link #refresh()}. */
    public CommandAction define(ActionId id, Runnable command, BooleanSupplier enabledWhen) {
        CommandAction action = prepare(id);
        action.attach(command, enabledWhen);
        action.refresh();
        return action;
    }

    /**
     * A command that is on or off (a checkbox in the menu): it flips {@code state} through {@code set}; the
     * check mark follows {@code state} on every refresh.
     */
    public CommandAction defineToggle(ActionId id, BooleanSupplier state, java.util.function.Consumer<Boolean> set,
            BooleanSupplier enabledWhen) {
        CommandAction[] self = new CommandAction[1];
        self[0] = define(id, () -> {
            set.accept(!state.getAsBoolean());
            self[0].putValue(javax.swing.Action.SELECTED_KEY, state.getAsBoolean());
        }, enabledWhen);
        self[0].setSelectedSupplier(state);
        return self[0];
    }

    public CommandAction define(ActionId id, Runnable command) {
        return define(id, command, () -> true);
    }

    public CommandAction get(ActionId id) {
        CommandAction action = actions.get(id);
        if (action == null || !action.isAttached()) {
            throw new IllegalStateException("not defined: " + id);
        }
        return action;
    }

    public boolean isDefined(ActionId id) {
        CommandAction action = actions.get(id);
        return action != null && action.isAttached();
    }

    /** The defined actions. */
    public Collection<CommandAction> all() {
        return actions.values().stream().filter(CommandAction::isAttached).toList();
    }

    /** Re-reads every command's enabled state (after navigation, an edit, a save…). */
    public void refresh() {
        actions.values().forEach(CommandAction::refresh);
    }

    /**
     * Binds every key on the window's root pane, so a key runs its command directly wherever focus is. Left to
     * the menu bar, an accelerator "clicks" the menu item, and Swing's doClick() holds the event
     * thread for 68 ms to show the press: that alone made each D/A press take over 70 ms.
     */
    public void bindKeys(JRootPane rootPane) {
        actions.forEach((id, action) -> {
            if (!action.isAttached()) {
                return;
            }
            for (KeyStroke key : id.keyStrokes()) {
                rootPane.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(key, id.key());
            }
            rootPane.getActionMap().put(id.key(), action);
        });
    }

    /** After a language switch: every command's name and tooltip in the new language. */
    public void relabel() {
        actions.values().forEach(CommandAction::relabel);
    }
}
