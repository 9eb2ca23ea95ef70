package dev.labelj.cli;

import dev.labelj.settings.SettingsPaths;
import dev.labelj.settings.SettingsStore;
import dev.labelj.settings.Theme;
import dev.labelj.ui.results.ResultsViewer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code labelj results [CSV_OR_RUN_DIR...]}: opens the training results viewer. */
@Command(name = "results", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Open the training results viewer (results.csv / results.txt files or run folders).")
public final class ResultsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "CSV_OR_RUN_DIR", description = "Runs to show, overlaid.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        Optional<Path> missing = RunInputs.firstMissing(inputs);
        if (missing.isPresent()) {
            spec.commandLine().getErr().println("labelj results: not found: " + missing.get());
            spec.commandLine().getErr().flush();
            return LabelJCommand.EXIT_BAD_ARGUMENTS;
        }
        Optional<String> noDisplay = DisplayCheck.problem();
        if (noDisplay.isPresent()) {
            spec.commandLine().getErr().println(DisplayCheck.message("labelj results", noDisplay.get()));
            spec.commandLine().getErr().flush();
            return LabelJCommand.EXIT_NO_DISPLAY;
        }
        ResultsViewer.launch(List.copyOf(inputs), rememberedTheme(settingsFile()));
        return LabelJCommand.EXIT_WINDOW_OPEN;
    }

    /** {@code --settings FILE} (given before or after {@code results}), else the usual settings file. */
    Path settingsFile() {
        Object parent = spec.parent() == null ? null : spec.parent().userObject();
        Path given = parent instanceof LabelJCommand launcher ? launcher.settingsFile : null;
        return SettingsPaths.resolve(Optional.ofNullable(given));
    }

    /** The theme the main window remembers, so both windows look alike (read only: nothing is changed). */
    static Theme rememberedTheme(Path settingsFile) {
        return SettingsStore.load(settingsFile).settings().theme();
    }
}
