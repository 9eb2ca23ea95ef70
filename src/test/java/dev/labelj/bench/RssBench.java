package dev.labelj.bench;

import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Peak RSS of the app as users start it ({@code java -jar}, default heap): a new JVM on a folder of
 * 12-megapixel JPEGs, paged through with real D key presses at 2 images per second, then its peak
 * resident set (VmHWM) read from /proc.
 */
final class RssBench {
    private RssBench() {
    }

    static void run(Path folder, int presses, Path target) throws Exception {
        Path jar = target.resolve("labelj.jar");
        if (!Files.exists(jar)) {
            System.out.println("peak RSS (java -jar): no shaded jar; skipped");
            return;
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        // -Dbench.rssJvm="-Xmx200m -X..." adds JVM options to the measured process (default: none)
        for (String option : System.getProperty("bench.rssJvm", "").split(" ")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-jar", jar.toString(), "--trace-timing", folder.toString()));
        System.out.println("peak RSS runs: " + String.join(" ", command));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        AtomicInteger painted = new AtomicInteger();
        Thread reader = new Thread(() -> countPaints(process, painted), "rss-bench-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            for (int i = 0; i < 200 && painted.get() == 0; i++) {
                Thread.sleep(50);
            }
            Thread.sleep(1500);
            Robot robot = new Robot();
            for (int i = 0; i < presses; i++) {
                robot.keyPress(KeyEvent.VK_D);
                robot.keyRelease(KeyEvent.VK_D);
                Thread.sleep(500);
            }
            System.out.printf("peak RSS, java -jar (default heap), %d D presses through 12 MP JPEGs: %d MB"
                    + " (RSS at the end %d MB; %d images shown)%n", presses, statusMb(process, "VmHWM:"),
                    statusMb(process, "VmRSS:"), painted.get());
            if (Boolean.getBoolean("bench.rssMap")) {
                // where the resident memory is, biggest mappings first
                new ProcessBuilder("sh", "-c", "pmap -x " + process.pid() + " | sort -k3 -n -r | head -25")
                        .inheritIO().start().waitFor();
            }
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static void countPaints(Process process, AtomicInteger painted) {
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                if (line.contains("first image painted")) {
                    painted.incrementAndGet();
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static long statusMb(Process process, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
