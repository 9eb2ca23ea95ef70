package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.GuiTests;
import dev.labelj.support.Processes;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+Q in the window the launcher opened ends the process at once, with its settings saved: nothing waits for
 * Java's own one-second idle check before the window system's last thread stops.
 */
class QuitIT {
    private static final Path LAUNCHER = Processes.target().resolve("bin").resolve("labelj");
    private static final Path HERE = Path.of("").toAbsolutePath();
    /** AWT alone waits a second once the last window is gone; a quit that leaves it to AWT takes longer. */
    private static final long AT_ONCE_MS = 1000;

    @Test
    void ctrlQEndsTheProcessWithinASecondAndSavesTheSettings(@TempDir Path dir) throws Exception {
        GuiTests.requireDisplay();
        Path settings = dir.resolve("settings.json");
        Process process = new ProcessBuilder(LAUNCHER.toString(), "--settings", settings.toString(), "--trace-timing",
                "data/images").directory(HERE.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> err = new CopyOnWriteArrayList<>();
        CountDownLatch painted = Processes.watchForFirstPaint(process, err);
        try {
            assertThat(painted.await(60, TimeUnit.SECONDS)).as("the first image painted; stderr: %s", err).isTrue();
            Thread.sleep(1500); // the window settles and has the keyboard focus

            Robot robot = new Robot();
            robot.keyPress(KeyEvent.VK_CONTROL);
            robot.keyPress(KeyEvent.VK_Q);
            robot.keyRelease(KeyEvent.VK_Q);
            robot.keyRelease(KeyEvent.VK_CONTROL);
            long pressed = System.nanoTime();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the process ended; stderr: %s", err).isTrue();
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - pressed);

            System.out.println("Ctrl+Q to process exit: " + tookMs + " ms");
            assertThat(process.exitValue()).as("stderr: %s", err).isZero();
            assertThat(tookMs).as("Ctrl+Q to process exit, ms").isLessThan(AT_ONCE_MS);
            assertThat(Files.readString(settings, StandardCharsets.UTF_8)).as("saved at close")
                    .contains("astronaut-portrait.jpg");
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
