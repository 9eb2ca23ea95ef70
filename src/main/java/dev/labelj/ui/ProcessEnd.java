package dev.labelj.ui;

import java.awt.Window;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import javax.swing.SwingUtilities;

/**
 * Ends a launched app's process as soon as its main window has closed and the settings are saved. Left to itself,
 * Java stops its window system only after a second with no window and no event, so Quit took more than a second
 * to give the process back (and longer on a busy machine). Only the program's own entry point asks for this
 * ({@link #enable}): tests start windows, through the same launch, inside their own JVM.
 */
public final class ProcessEnd {
    private static volatile boolean enabled;

    private ProcessEnd() {
    }

    /** The process is this app's: end it when its window has closed (the command line's main, only). */
    public static void enable() {
        enabled = true;
    }

    /** Once {@code settingsSaved} completes (the window closed, its settings on disk): exit, if nothing shows. */
    static void after(CompletableFuture<Void> settingsSaved) {
        settingsSaved.whenComplete((done, error) -> SwingUtilities.invokeLater(ProcessEnd::ifNoWindowShows));
    }

    /** A results viewer opened from the window may still be in use: then the process ends when it closes, as before. */
    private static void ifNoWindowShows() {
        if (enabled && Arrays.stream(Window.getWindows()).noneMatch(Window::isShowing)) {
            System.exit(0);
        }
    }
}
