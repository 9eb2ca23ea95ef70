package dev.labelj.ui;

import java.awt.Window;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import javax.swing.SwingUtilities;

/**
 * Ends a launched app's process as soon as its main window has closed and the settings are saved. Left to itself,
 * Java stops its window system only after a second with no window and no event, so Quit took more than a second
 * to give the process back (and longer on a busy machine). Only the launcher asks for this: tests start windows
 * inside their own JVM.
 */
final class ProcessEnd {
    private ProcessEnd() {
    }

    /** Once {@code settingsSaved} completes (the window closed, its settings on disk): exit, if nothing shows. */
    static void after(CompletableFuture<Void> settingsSaved) {
        settingsSaved.whenComplete((done, error) -> SwingUtilities.invokeLater(ProcessEnd::ifNoWindowShows));
    }

    /** A results viewer opened from the window may still be in use: then the process ends when it closes, as before. */
    private static void ifNoWindowShows() {
        if (Arrays.stream(Window.getWindows()).noneMatch(Window::isShowing)) {
            System.exit(0);
        }
    }
}
