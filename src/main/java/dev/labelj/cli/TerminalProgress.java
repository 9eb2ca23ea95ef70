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
    private final String verb;
    private long shownAt = Long.MIN_VALUE;
    private boolean shown;

    TerminalProgress(PrintWriter err, LongSupplier clock) {
        this(err, clock, "converting");
    }

    TerminalProgress(PrintWriter err, LongSupplier clock, String verb) {
        this.err = err;
        this.clock = clock;
        this.verb = verb;
    }

    /** Progress for this process: on its terminal, or none when stderr is not one. */
    static ConvertProgress forConsole(PrintWriter err) {
        return forConsole(err, "converting");
    }

    /** As {@link #forConsole(PrintWriter)}, with the command's word ({@code reading} for validate and stats). */
    static ConvertProgress forConsole(PrintWriter err, String verb) {
        return System.console() != null ? new TerminalProgress(err, System::currentTimeMillis, verb) : NONE;
    }

    @Override
    public void imageDone(int done, int total, Path image) {
        long now = clock.getAsLong();
        if (done < total && shownAt != Long.MIN_VALUE && now - shownAt < EVERY_MILLIS) {
            return;
        }
        shownAt = now;
        shown = true;
        err.print("\r" + verb + " " + done + "/" + total);
        if (done == total) {
            err.print("\r" + " ".repeat((verb + " " + done + "/" + total).length()) + "\r");
        }
        err.flush();
    }

    boolean wasShown() {
        return shown;
    }
}
