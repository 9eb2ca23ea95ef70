package dev.labelj.ui.actions;

import java.util.List;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;

/** Every command of the main window, created once. */
public record Actions(
        CommandAction openDir,
        CommandAction nextImage,
        CommandAction previousImage,
        CommandAction quit,
        CommandAction about,
        CommandAction rescan) {

    /**
     * Binds every accelerator on the window's root pane, so a key runs its command directly. Left to
     * the menu bar, an accelerator "clicks" the menu item, and Swing's doClick() holds the event
     * thread for 68 ms to show the press: that alone made each D/A press take over 70 ms.
     */
    public void bindKeys(JRootPane rootPane) {
        for (CommandAction action : all()) {
            KeyStroke key = action.accelerator();
            if (key != null) {
                rootPane.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(key, action.id());
                rootPane.getActionMap().put(action.id(), action);
            }
        }
    }

    public List<CommandAction> all() {
        return List.of(openDir, nextImage, previousImage, quit, about, rescan);
    }
}
