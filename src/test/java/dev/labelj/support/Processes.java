package dev.labelj.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs a real program (the launcher, Maven) as a user would and keeps what it printed. */
public final class Processes {
    private Processes() {
    }

    /** What a finished program did. */
    public record Result(int exitCode, String out, String err) {
        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** The build directory the packaged jar and launchers are in (set by the build for *IT tests). */
    public static Path target() {
        return Path.of(System.getProperty("labelj.target", "target")).toAbsolutePath();
    }

    /**
     * Runs {@code command} in {@code dir} with the environment changed by {@code environment}, waits up
     * to {@code timeoutSeconds}; stdout and stderr go to files so a chatty program never blocks.
     */
    public static Result run(Path dir, List<String> command, Consumer<Map<String, String>> environment,
            long timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("labelj-out", ".txt");
        Path err = Files.createTempFile("labelj-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            environment.accept(builder.environment());
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds
                        + " s; stderr: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * Keeps reading a started window's stderr on a thread of its own (so it never blocks on a full pipe) into
     * {@code lines}; the latch opens at its first "image painted WxH" mark ({@code --trace-timing}).
     */
    public static CountDownLatch watchForFirstPaint(Process process, List<String> lines) {
        CountDownLatch painted = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    lines.add(line);
                    if (line.matches(".*\\bimage painted \\d+x\\d+.*")) {
                        painted.countDown();
                    }
                }
            } catch (IOException e) {
                lines.add("(stderr closed: " + e.getMessage() + ")");
            }
        }, "window-stderr");
        reader.setDaemon(true);
        reader.start();
        return painted;
    }
}
