package dev.labelj.cli;

import dev.labelj.dataset.ConvertProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * "converting 1200/5000" on stderr, rewritten in place, only when a person is watching a terminal: a pipe or a
 * log file gets nothing, so scripts read the same output as before. At most ten updates a second.
 */
final class TerminalProgress implements ConvertProgress {
    private static final long EVERY_MILLIS = 100;
    private final PrintWriter err;
    private final LongSupplier clock;
    private long shownAt = Long.MIN_VALUE;
    private boolean shown;

    TerminalProgress(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
    }

    /** Progress for this process: on its terminal, or none when stderr is not one. */
    static ConvertProgress forConsole(PrintWriter err) {
        return System.console() != null ? new TerminalProgress(err, System::currentTimeMillis) : NONE;
    }

    @Override
    public void imageDone(int done, int total, Path image) {
        long now = clock.getAsLong();
        if (done < total && shownAt != Long.MIN_VALUE && now - shownAt < EVERY_MILLIS) {
            return;
        }
        shownAt = now;
        shown = true;
        err.print("\rconverting " + done + "/" + total);
        if (done == total) {
            err.print("\r" + " ".repeat(("converting " + done + "/" + total).length()) + "\r");
        }
        err.flush();
    }

    boolean wasShown() {
        return shown;
    }
}
