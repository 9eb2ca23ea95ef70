package dev.labelj.cli;

import dev.labelj.settings.SettingsPaths;
import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.App;
import dev.labelj.ui.session.LaunchOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The labelImg-style launcher: {@code labelj [IMAGE_DIR_OR_FILE] [CLASS_FILE] [SAVE_DIR]}.
 * Arguments given here win over anything remembered in the settings.
 */
@Command(
        name = "labelj",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Open a folder of images in the annotation window (Pascal VOC, YOLO or CreateML annotations).")
public final class LabelJCommand implements Callable<Integer> {
    /** Returned when the window was opened: the process must stay alive until the window closes. */
    public static final int EXIT_WINDOW_OPEN = -1;
    static final int EXIT_BAD_ARGUMENTS = 2;
    /** No display for a command that opens a window (the README promises 2, as for bad arguments). */
    static final int EXIT_NO_DISPLAY = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "IMAGE_DIR_OR_FILE",
            description = "Folder of images (scanned recursively) or a single image. \"\" for none.")
    String imagePath;

    @Parameters(index = "1", arity = "0..1", paramLabel = "CLASS_FILE",
            description = "Predefined classes, one per line (UTF-8).")
    Path classFile;

    @Parameters(index = "2", arity = "0..1", paramLabel = "SAVE_DIR",
            description = "Where annotations are saved (default: next to the images).")
    Path saveDir;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "Save format: ${COMPLETION-CANDIDATES}.")
    String format;

    // inherited: "labelj results X --settings F" works as well as "labelj --settings F results X"
    @Option(names = "--settings", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "Settings file (default: $LABELJ_SETTINGS or ~/.labelj/settings.json).")
    Path settingsFile;

    @Option(names = "--reset-settings",
            description = "Reset settings (a backup is kept), then continue launching.")
    boolean resetSettings;

    @Option(names = "--trace-timing", hidden = true,
            description = "Print start-up milestones to stderr.")
    boolean traceTiming;

    /** The whole command line: the launcher and every subcommand. */
    public static CommandLine commandLine() {
        CommandLine commandLine = launcherOnly();
        // added here, not in @Command: building their models costs start-up time the window does not need
        commandLine.addSubcommand(new CommandLine.HelpCommand());
        commandLine.addSubcommand(new ConvertCommand());
        commandLine.addSubcommand(new ResultsCommand());
        commandLine.addSubcommand(new PlotCommand());
        commandLine.addSubcommand(new SummaryCommand());
        commandLine.addSubcommand(new StatsCommand());
        commandLine.addSubcommand(new ValidateCommand());
        commandLine.addSubcommand(new SplitCommand());
        commandLine.addSubcommand(new PredictCommand());
        commandLine.addSubcommand(new AuditCommand());
        commandLine.addSubcommand(new ClassesCommand());
        return commandLine;
    }

    /**
     * Only the launcher's own arguments, for a command line that opens the main window (no subcommand,
     * help or version asked for: {@link Main#opensMainWindow}); it parses those exactly as
     * {@link #commandLine()} does.
     */
    static CommandLine launcherOnly() {
        CommandLine commandLine = new CommandLine(new LabelJCommand());
        commandLine.setParameterExceptionHandler(LabelJCommand::onBadArguments);
        return commandLine;
    }

    @Override
    public Integer call() {
        Optional<String> problem = validate();
        if (problem.isPresent()) {
            return fail(problem.get());
        }
        Optional<String> noDisplay = DisplayCheck.problem();
        if (noDisplay.isPresent()) {
            failWith(DisplayCheck.message("labelj", noDisplay.get()));
            return EXIT_NO_DISPLAY;
        }
        App.launch(options());
        return EXIT_WINDOW_OPEN;
    }

    /**
     * Opens the window when these arguments (read by {@link PlainLaunch}, not by picocli) are valid and a display is
     * there; false, having done nothing, otherwise: picocli then reads them again and says what is wrong.
     */
    boolean launchIfValid() {
        if (validate().isPresent()) {
            return false;
        }
        if (!resetSettings) {
            // while the display connects: the window's start waits for the settings
            SettingsStore.readAhead(SettingsPaths.resolve(Optional.ofNullable(settingsFile)));
        }
        if (DisplayCheck.problem().isPresent()) {
            return false;
        }
        App.launch(options());
        return true;
    }

    private LaunchOptions options() {
        return new LaunchOptions(
                Optional.ofNullable(imagePath).filter(p -> !p.isBlank()).map(Path::of),
                Optional.ofNullable(classFile),
                Optional.ofNullable(saveDir),
                Optional.ofNullable(format).map(FormatNames::normalise),
                Optional.ofNullable(settingsFile),
                resetSettings,
                traceTiming);
    }

    private Optional<String> validate() {
        if (imagePath != null && !imagePath.isBlank() && !Files.exists(Path.of(imagePath))) {
            return Optional.of("image dir or file not found: " + imagePath);
        }
        if (classFile != null && !Files.isRegularFile(classFile)) {
            return Optional.of("class file not found: " + classFile);
        }
        if (saveDir != null && Files.exists(saveDir) && !Files.isDirectory(saveDir)) {
            return Optional.of("save dir is not a folder: " + saveDir);
        }
        Optional<String> settings = SettingsPaths.problem(SettingsPaths.resolve(Optional.ofNullable(settingsFile)));
        if (settings.isPresent()) {
            return settings;
        }
        if (format != null && !FormatNames.isKnown(format)) {
            return Optional.of("unknown format '" + format + "' (expected one of " + FormatNames.list() + ")");
        }
        return Optional.empty();
    }

    private int fail(String message) {
        failWith("labelj: " + message);
        return EXIT_BAD_ARGUMENTS;
    }

    private void failWith(String line) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(line);
        err.flush();
    }

    private static int onBadArguments(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("labelj: " + e.getMessage());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return EXIT_BAD_ARGUMENTS;
    }
}
