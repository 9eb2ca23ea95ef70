package dev.labelj.cli;

import picocli.CommandLine;

/** Process entry point: hands the arguments to picocli and exits with its code (unless a window stays open). */
public final class Main {
    private static final java.util.Set<String> HEADLESS_COMMANDS = java.util.Set.of("plot", "summary");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && HEADLESS_COMMANDS.contains(args[0])) {
            // before any AWT class loads: plot and summary must run where no display exists
            System.setProperty("java.awt.headless", "true");
        }
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
