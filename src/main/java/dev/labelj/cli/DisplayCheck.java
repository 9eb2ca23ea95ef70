package dev.labelj.cli;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.CompletableFuture;

/**
 * Whether a window can open here, asked before any window is made: without a display the user gets
 * one line and exit 2 instead of a {@code HeadlessException} or {@code AWTError} trace. The answer is
 * worked out on its own thread from the start of {@code main}, because connecting to the X server is
 * start-up work the window needs anyway and the command line can be parsed meanwhile.
 */
final class DisplayCheck {
    /** Headless subcommands that work without a display, named in the message. */
    static final String HEADLESS_COMMANDS = String.join(", ", Main.HEADLESS_COMMANDS);

    private static CompletableFuture<Optional<String>> started;

    private DisplayCheck() {
    }

    /** Begins connecting to the display in the background; {@link #problem()} waits for the answer. */
    static synchronized void start() {
        if (started == null) {
            started = CompletableFuture.supplyAsync(DisplayCheck::connect, daemonThread());
        }
    }

    /** Why no window can open here (e.g. "DISPLAY is not set"), or empty when a display is there. */
    static Optional<String> problem() {
        CompletableFuture<Optional<String>> check;
        synchronized (DisplayCheck.class) {
            check = started;
        }
        return check == null ? connect() : check.join();
    }

    /** The one line printed when the window cannot open. */
    static String message(String command, String problem) {
        return command + ": no display (" + problem + "), so the window cannot open; the headless commands "
                + HEADLESS_COMMANDS + " work without one (see 'labelj --help')";
    }

    private static Optional<String> connect() {
        String display = System.getenv("DISPLAY");
        boolean noDisplayVariable = (display == null || display.isBlank()) && !isWindowsOrMac();
        if (GraphicsEnvironment.isHeadless()) {
            return Optional.of(noDisplayVariable ? "DISPLAY is not set" : "java.awt.headless is set");
        }
        try {
            // opens the connection to the X server (or the platform's window system)
            GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
            return Optional.empty();
        } catch (AWTError | HeadlessException | InternalError e) {
            return Optional.of(noDisplayVariable ? "no window system"
                    : "cannot connect to the X server at DISPLAY=" + display);
        }
    }

    private static boolean isWindowsOrMac() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.startsWith("windows") || os.startsWith("mac");
    }

    private static Executor daemonThread() {
        return task -> {
            Thread thread = new Thread(task, "display-check");
            thread.setDaemon(true);
            thread.start();
        };
    }
}
