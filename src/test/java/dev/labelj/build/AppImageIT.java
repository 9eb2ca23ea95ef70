package dev.labelj.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.labelj.support.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jpackage app image ({@code mvn -Papp-image verify} builds it before this runs): its own runtime
 * starts the jar, headless commands work, and no display is one line and exit 2 there too.
 */
// whole Maven builds (and jpackage) take minutes on a loaded machine: more than the suite default
@org.junit.jupiter.api.Timeout(value = 20, unit = java.util.concurrent.TimeUnit.MINUTES)
class AppImageIT {
    private static final Path LAUNCHER = Processes.target().resolve("app-image/labelj/bin/labelj");
    private static final Path HERE = Path.of("").toAbsolutePath();

    @BeforeAll
    static void built() {
        assumeTrue(Files.isExecutable(LAUNCHER), "no app image: build with -Papp-image");
    }

    @Test
    void theAppImageRunsTheJarWithItsOwnRuntime() throws Exception {
        Processes.Result version = Processes.run(HERE, List.of(LAUNCHER.toString(), "--version"),
                env -> {
                    env.remove("DISPLAY");
                    env.remove("JAVA_HOME");
                    env.put("PATH", "/usr/bin:/bin");
                }, 60);
        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("LabelJ ");
        Processes.Result summary = Processes.run(HERE, List.of(LAUNCHER.toString(), "summary", "data/results"),
                env -> env.remove("DISPLAY"), 60);
        assertThat(summary.out()).contains("best:    epoch 73");
    }

    @Test
    void withoutADisplayTheAppImageSaysSoInOneLine() throws Exception {
        Processes.Result result = Processes.run(HERE, List.of(LAUNCHER.toString(), "data/images"),
                env -> env.remove("DISPLAY"), 60);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.errLines().get(0)).startsWith("labelj: no display (DISPLAY is not set)");
    }
}
