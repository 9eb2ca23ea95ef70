package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LabelJCommandTest {
    private final CliRun cli = new CliRun();

    /** Parses without launching: what the launcher would receive. */
    private static LabelJCommand parse(String... args) {
        CommandLine commandLine = LabelJCommand.commandLine();
        commandLine.parseArgs(args);
        return commandLine.getCommand();
    }

    @Test
    void missingImageDirIsOneLineOnStderrAndExitCode2() {
        assertThat(cli.run("/no/such/dir")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("labelj: image dir or file not found: /no/such/dir" + System.lineSeparator());
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void missingClassFileIsExitCode2(@TempDir Path dir) {
        assertThat(cli.run(dir.toString(), dir.resolve("nope.txt").toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("labelj: class file not found: ").doesNotContain("Exception");
    }

    @Test
    void saveDirThatIsAFileIsExitCode2(@TempDir Path dir) throws Exception {
        Path classes = Files.writeString(dir.resolve("classes.txt"), "cat\n");
        assertThat(cli.run(dir.toString(), classes.toString(), classes.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("save dir is not a folder");
    }

    @Test
    void aSettingsPathThatIsAFolderOrADeviceIsOneLineAndExitCode2AndIsLeftAlone(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("settings.json"));
        Files.writeString(folder.resolve("keep.txt"), "mine");
        assertThat(cli.run("--settings", folder.toString())).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("labelj: settings file is not a regular file (a folder, device or pipe): "
                + folder + System.lineSeparator());
        assertThat(Files.readString(folder.resolve("keep.txt"))).isEqualTo("mine");
        try (var siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(folder);
        }
        assertThat(cli.run("--reset-settings", "--settings", "/dev/null")).isEqualTo(2);
        assertThat(cli.err()).endsWith("/dev/null" + System.lineSeparator());
    }

    @Test
    void unknownFormatIsExitCode2() {
        assertThat(cli.run("--format", "coco")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown format 'coco'").contains("voc, yolo, createml");
    }

    @Test
    void tooManyArgumentsOrUnknownOptionIsExitCode2WithoutStackTrace() {
        assertThat(cli.run("a", "b", "c", "d")).isEqualTo(2);
        assertThat(cli.run("--frobnicate")).isEqualTo(2);
        assertThat(cli.err()).contains("Try 'labelj --help'").doesNotContain("at picocli");
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).contains("IMAGE_DIR_OR_FILE", "CLASS_FILE", "SAVE_DIR", "--format",
                "--settings", "--reset-settings");
        assertThat(cli.run("--version")).isZero();
        assertThat(cli.out()).contains("LabelJ");
    }

    @Test
    void positionalArgumentsAndOptionsAreParsed(@TempDir Path dir) {
        LabelJCommand command = parse("imgs", "classes.txt", "labels", "--format", "YOLO",
                "--settings", "s.json", "--reset-settings");
        assertThat(command.imagePath).isEqualTo("imgs");
        assertThat(command.classFile).isEqualTo(Path.of("classes.txt"));
        assertThat(command.saveDir).isEqualTo(Path.of("labels"));
        assertThat(FormatNames.normalise(command.format)).isEqualTo("yolo");
        assertThat(command.settingsFile).isEqualTo(Path.of("s.json"));
        assertThat(command.resetSettings).isTrue();
    }

    @Test
    void theWindowsCommandLineWithoutSubcommandsParsesTheSameWay() {
        String[][] lines = {{}, {"", "predefined_classes.txt"}, {"imgs", "classes.txt", "labels", "--format", "YOLO",
                "--settings", "s.json", "--reset-settings", "--trace-timing"}};
        for (String[] line : lines) {
            CommandLine launcher = LabelJCommand.launcherOnly();
            launcher.parseArgs(line);
            LabelJCommand fast = launcher.getCommand();
            LabelJCommand full = parse(line);
            assertThat(fast).usingRecursiveComparison().ignoringFields("spec").isEqualTo(full);
        }
        assertThat(LabelJCommand.launcherOnly().getSubcommands()).isEmpty();
        assertThat(LabelJCommand.commandLine().getSubcommands())
                .containsOnlyKeys("help", "convert", "results", "plot", "summary", "stats", "validate", "split",
                        "predict", "audit", "classes");
    }

    @Test
    void allArgumentsAreOptionalAndEmptyImageDirMeansNone() {
        LabelJCommand none = parse();
        assertThat(none.imagePath).isNull();
        assertThat(none.classFile).isNull();
        LabelJCommand classOnly = parse("", "predefined_classes.txt");
        assertThat(classOnly.imagePath).isEmpty();
        assertThat(classOnly.classFile).isEqualTo(Path.of("predefined_classes.txt"));
    }
}
