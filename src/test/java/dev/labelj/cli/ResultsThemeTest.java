package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.settings.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labelj results} opens in the theme the main window remembers, and leaves the settings file alone. */
class ResultsThemeTest {
    @Test
    void theRememberedDarkThemeIsTheViewersTheme(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        String json = "{\"version\": 1, \"settings\": {\"theme\": \"dark\"}}";
        Files.writeString(file, json, StandardCharsets.UTF_8);

        assertThat(ResultsCommand.rememberedTheme(file)).isEqualTo(Theme.DARK);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void noSettingsFileMeansTheDefaultAndCreatesNone(@TempDir Path dir) {
        Path file = dir.resolve("settings.json");

        assertThat(ResultsCommand.rememberedTheme(file)).isEqualTo(Theme.SYSTEM);
        assertThat(file).doesNotExist();
    }

    @Test
    void settingsGivenOnTheCommandLineAreTheOnesRead(@TempDir Path dir) {
        Path file = dir.resolve("mine.json");
        for (String[] args : new String[][] {{"results", "--settings", file.toString(), "run"},
                {"--settings", file.toString(), "results", "run"}}) {
            picocli.CommandLine line = LabelJCommand.commandLine();
            picocli.CommandLine.ParseResult parsed = line.parseArgs(args);
            ResultsCommand results = (ResultsCommand) parsed.subcommand().commandSpec().userObject();
            assertThat(results.settingsFile()).as(String.join(" ", args)).isEqualTo(file);
        }
    }
}
