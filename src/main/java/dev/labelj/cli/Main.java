package dev.labelj.cli;

import picocli.CommandLine;

/** Process entry point: hands the arguments to picocli and exits with its code (unless a window stays open). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = LabelJCommand.commandLine().execute(args);
        if (exitCode != LabelJCommand.EXIT_WINDOW_OPEN) {
            System.exit(exitCode);
        }
    }

    /** Runs the command line without exiting; used by tests. */
    public static int run(String... args) {
        return LabelJCommand.commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return LabelJCommand.commandLine();
    }
}
