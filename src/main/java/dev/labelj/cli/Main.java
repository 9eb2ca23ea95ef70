package dev.labelj.cli;

import dev.labelj.ui.ProcessEnd;
import dev.labelj.ui.StartupWarmup;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import picocli.CommandLine;

/** Process entry point: hands the arguments to picocli and exits with its code (unless a window stays open). */
public final class Main {
    /** The subcommands that need no display, in the order the no-display message names them. */
    static final List<String> HEADLESS_COMMANDS = List.of("convert", "stats", "validate", "split", "plot",
            "summary", "predict", "audit", "classes");
    /** These and {@link #HELP_OR_VERSION} keep the window shut; bin/labelj knows them too (a test checks). */
    static final Set<String> SUBCOMMANDS = Set.of("help", "convert", "results", "plot", "summary", "stats",
            "validate", "split", "predict", "audit", "classes");
    static final Set<String> HELP_OR_VERSION = Set.of("-h", "--help", "-V", "--version");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && HEADLESS_COMMANDS.contains(args[0])) {
            // before any AWT class loads: the batch commands must run where no display exists
            System.setProperty("java.awt.headless", "true");
        }
        boolean window = opensMainWindow(args);
        if (window) {
            OptionalInt relaunched = JarRelaunch.run(args);
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
            }
            // the display connects and the look and feel is set up while picocli parses and the natives load
            DisplayCheck.start();
            StartupWarmup.start();
            Optional<LabelJCommand> plain = PlainLaunch.parse(args);
            if (plain.isPresent() && plain.get().launchIfValid()) {
                ProcessEnd.enable();
                return;
            }
        } else if (args.length > 0 && args[0].equals("results")) {
            DisplayCheck.start();
        }
        CommandLine commandLine = window ? LabelJCommand.launcherOnly() : LabelJCommand.commandLine();
        int exitCode = commandLine.execute(args);
        if (exitCode != LabelJCommand.EXIT_WINDOW_OPEN) {
            System.exit(exitCode);
        }
        ProcessEnd.enable();
    }

    /**
     * True when no subcommand, help or version was asked for: the launcher will open the main window.
     * A subcommand's name anywhere counts (options may come before it), so such a line always gets the
     * full command line.
     */
    static boolean opensMainWindow(String[] args) {
        return Arrays.stream(args).noneMatch(arg -> SUBCOMMANDS.contains(arg) || HELP_OR_VERSION.contains(arg));
    }

    /** Runs the command line without exiting; used by tests. */
    public static int run(String... args) {
        return LabelJCommand.commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return LabelJCommand.commandLine();
    }
}
