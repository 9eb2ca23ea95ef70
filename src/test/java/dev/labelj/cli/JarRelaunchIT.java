package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.GuiTests;
import dev.labelj.support.InstalledJavas;
import dev.labelj.support.Processes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar target/labelj.jar}, as a user types it: the window opens in a JVM with the launchers' options. */
class JarRelaunchIT {
    private static final Path JAR = Processes.target().resolve("labelj.jar");
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Path HERE = Path.of("").toAbsolutePath();

    @Test
    void theWindowRunsWithTheArchiveAndEndsWithTheProcessTheUserStarted(@TempDir Path dir) throws Exception {
        GuiTests.requireDisplay();
        Path settings = dir.resolve("settings.json");
        Process process = new ProcessBuilder(JAVA.toString(), "-jar", JAR.toString(), "--settings", settings.toString(),
                "--trace-timing", "data/images").directory(HERE.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // the window's JVM writes to the streams of the process the user started
            ProcessHandle windowJvm = windowJvm(process);
            List<String> command = windowJvm.info().arguments().map(List::of).orElseThrow();
            assertThat(command).contains("-XX:SharedArchiveFile=" + JAR.resolveSibling("labelj.jsa"), "-Xmx2g",
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--trace-timing", "data/images");

            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the process ended").isTrue();
            assertThat(windowJvm.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("the window's JVM").isFalse();
            assertThat(Files.readString(settings, StandardCharsets.UTF_8)).as("settings saved as the window ended")
                    .contains("astronaut-portrait.jpg");
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void theWindowsExitStatusAndMessageReachTheUser(@TempDir Path dir) throws Exception {
        GuiTests.requireDisplay();
        Path missing = dir.resolve("no-such-folder");
        Processes.Result result = Processes.run(HERE, List.of(JAVA.toString(), "-jar", JAR.toString(), "--settings",
                dir.resolve("settings.json").toString(), missing.toString()), env -> { }, 60);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains(missing.toString());
    }

    @Test
    void onAJavaTheArchiveWasNotMadeByTheWindowStartsWithoutAWordAboutIt(@TempDir Path dir) throws Exception {
        GuiTests.requireDisplay();
        Path java25 = InstalledJavas.atLeastOrSkip(25);
        Path missing = dir.resolve("no-such-folder");
        Processes.Result result = Processes.run(HERE, List.of(java25.resolve("bin").resolve("java").toString(),
                "-jar", JAR.toString(), "--settings", dir.resolve("settings.json").toString(), missing.toString()),
                env -> env.put("XDG_CACHE_HOME", dir.resolve("cache").toString()), 60);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("archive").contains(missing.toString());
    }

    @Test
    void onJava25TheWindowStartsThroughTheBuildsLauncherWhichRecordsTheCache(@TempDir Path dir) throws Exception {
        GuiTests.requireDisplay();
        Path java25 = InstalledJavas.atLeastOrSkip(25);
        ProcessBuilder builder = new ProcessBuilder(java25.resolve("bin").resolve("java").toString(), "-jar",
                JAR.toString(), "--settings", dir.resolve("settings.json").toString(), "--trace-timing", "data/images")
                .directory(HERE.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process process = builder.start();
        try {
            ProcessHandle windowJvm = windowJvm(process);
            List<String> command = windowJvm.info().arguments().map(List::of).orElseThrow();
            assertThat(command).as("what the launcher gave the JVM").contains("-Dlabelj.launcher=sh", "data/images")
                    .anyMatch(arg -> arg.startsWith("-XX:AOTCacheOutput=" + dir.resolve("cache")));
            assertThat(windowJvm.info().command()).hasValue(java25.resolve("bin").resolve("java")
                    .toRealPath().toString());
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** Waits for the window's first image, then returns the one JVM the started process started for the window. */
    private static ProcessHandle windowJvm(Process process) throws InterruptedException {
        List<String> err = new CopyOnWriteArrayList<>();
        CountDownLatch painted = Processes.watchForFirstPaint(process, err);
        assertThat(painted.await(60, TimeUnit.SECONDS)).as("the first image painted; stderr: %s", err).isTrue();
        List<ProcessHandle> children = process.children().toList();
        assertThat(children).as("the window's JVM").hasSize(1);
        return children.get(0);
    }
}
