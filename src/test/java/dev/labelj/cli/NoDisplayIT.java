package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Without a display the window commands say so in one line and exit 2, through the real launcher:
 * with DISPLAY unset and with DISPLAY naming an X server that is not there.
 */
class NoDisplayIT {
    private static final Path LAUNCHER = Processes.target().resolve("bin/labelj");

    @Test
    void theWindowWithDisplayUnsetIsOneLineAndExit2() throws Exception {
        Processes.Result result = labelj(env -> env.remove("DISPLAY"), "data/images");
        assertOneLineNoDisplay(result, "labelj: no display (DISPLAY is not set)");
    }

    @Test
    void theWindowWithAMissingXServerIsOneLineAndExit2() throws Exception {
        String display = missingDisplay();
        Processes.Result result = labelj(env -> env.put("DISPLAY", display), "data/images");
        assertOneLineNoDisplay(result, "labelj: no display (cannot connect to the X server at DISPLAY=" + display + ")");
    }

    @Test
    void theResultsViewerWithoutADisplayIsOneLineAndExit2() throws Exception {
        assertOneLineNoDisplay(labelj(env -> env.remove("DISPLAY"), "results", "data/results"),
                "labelj results: no display (DISPLAY is not set)");
        String display = missingDisplay();
        assertOneLineNoDisplay(labelj(env -> env.put("DISPLAY", display), "results"),
                "labelj results: no display (cannot connect to the X server at DISPLAY=" + display + ")");
    }

    @Test
    void theHeadlessCommandsTheMessageNamesWorkWithoutADisplay() throws Exception {
        Processes.Result result = labelj(env -> env.remove("DISPLAY"), "summary", "data/results");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("best:    epoch 73");
    }

    private static void assertOneLineNoDisplay(Processes.Result result, String start) {
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.errLines().get(0)).startsWith(start).contains("convert, stats, validate, split, plot, summary, predict");
    }

    /** A display number no X server listens on here. */
    private static String missingDisplay() {
        for (int n = 87; ; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                return ":" + n;
            }
        }
    }

    private static Processes.Result labelj(Consumer<Map<String, String>> environment, String... args)
            throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return Processes.run(Path.of("").toAbsolutePath(), command, environment, 60);
    }
}
