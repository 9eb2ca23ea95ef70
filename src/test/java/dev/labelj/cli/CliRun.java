package dev.labelj.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real {@code labelj} command line in-process and keeps what it printed on stdout and stderr. */
final class CliRun {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** The exit code of {@code labelj args...}; output accumulates across runs. */
    int run(String... args) {
        CommandLine commandLine = LabelJCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    void clearOut() {
        out.getBuffer().setLength(0);
    }
}
