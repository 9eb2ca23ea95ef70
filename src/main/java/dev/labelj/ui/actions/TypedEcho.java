package dev.labelj.ui.actions;

import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import javax.swing.Timer;

/**
 * The letter a command's key types after the command ran. A key press becomes two events, pressed and typed, and
 * the typed one may come after the command has opened a dialog: it would land in the dialog's text field (P
 * asking for a model left "p" in the file name). So the typed event that follows a command's key press is
 * dropped; any other key event first, or a short wait, ends the watch.
 */
final class TypedEcho implements KeyEventDispatcher {
    /** Far longer than the gap between a press and its typed event, far shorter than a next keystroke. */
    private static final int WATCH_MS = 250;
    private final KeyboardFocusManager focus;
    private final Timer end;

    private TypedEcho(KeyboardFocusManager focus) {
        this.focus = focus;
        this.end = new Timer(WATCH_MS, e -> stop());
        end.setRepeats(false);
    }

    /** Call while the command's key press is the event being dispatched. */
    static void dropAfter(KeyEvent pressed) {
        if (pressed.getID() != KeyEvent.KEY_PRESSED) {
            return;
        }
        KeyboardFocusManager focus = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        TypedEcho echo = new TypedEcho(focus);
        focus.addKeyEventDispatcher(echo);
        echo.end.start();
    }

    @Override
    public boolean dispatchKeyEvent(KeyEvent e) {
        if (e.getID() == KeyEvent.KEY_RELEASED) {
            return false;
        }
        stop();
        return e.getID() == KeyEvent.KEY_TYPED;
    }

    private void stop() {
        end.stop();
        focus.removeKeyEventDispatcher(this);
    }
}
