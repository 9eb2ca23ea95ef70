package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The window's plain command lines read without picocli give exactly what picocli gives; the rest is left to it. */
class PlainLaunchTest {
    private static List<Object> fields(LabelJCommand c) {
        return Arrays.asList(c.imagePath, c.classFile, c.saveDir, c.format, c.settingsFile, c.resetSettings,
                c.traceTiming);
    }

    private static LabelJCommand byPicocli(String... args) {
        CommandLine commandLine = LabelJCommand.launcherOnly();
        commandLine.parseArgs(args);
        return commandLine.getCommand();
    }

    @Test
    void plainCommandLinesAreReadAsPicocliReadsThem() {
        List<String[]> lines = List.of(new String[] {}, new String[] {"images"},
                new String[] {"images", "classes.txt", "labels"}, new String[] {"", "classes.txt"},
                new String[] {"images", "--settings", "s.json", "classes.txt"},
                new String[] {"--settings=s.json", "--format", "yolo", "images"},
                new String[] {"--format=createml", "--reset-settings", "--trace-timing", "a b/c", "x", "y"},
                new String[] {"images", "classes.txt", "labels", "--settings", "/tmp/s.json", "--trace-timing"});
        for (String[] line : lines) {
            Optional<LabelJCommand> plain = PlainLaunch.parse(line);
            assertThat(plain).as(String.join(" ", line)).isPresent();
            assertThat(fields(plain.get())).as(String.join(" ", line)).isEqualTo(fields(byPicocli(line)));
        }
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        List<String[]> lines = List.of(new String[] {"a", "b", "c", "d"}, new String[] {"--"},
                new String[] {"-x"}, new String[] {"@args.txt"}, new String[] {"--settings"},
                new String[] {"--settings", "--trace-timing"}, new String[] {"--settings", "a", "--settings", "b"},
                new String[] {"--trace-timing", "--trace-timing"}, new String[] {"--trace-timing=true"},
                new String[] {"--format"}, new String[] {"--unknown", "x"}, new String[] {"images", "-"},
                new String[] {"a\0b"});
        for (String[] line : lines) {
            assertThat(PlainLaunch.parse(line)).as(String.join(" ", line)).isEmpty();
        }
    }
}
