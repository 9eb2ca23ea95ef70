package dev.labelj.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the user sees, measured from outside the process: the app started through its jar on 16 photos of
 * 4000x3000 with 10 VOC boxes each, the window maximised, then D (and back A) sent through XTEST about 2.5 times
 * a second; each press counts until the last X DAMAGE event of the repaint (350 ms quiet). The X side is
 * {@code src/test/bench-x11/key_to_damage.py} (python3 with python3-xlib); this class makes the inputs, runs it
 * and reads its "latency_ms" lines.
 */
final class OutsideBench {
    private static final Path SCRIPT = Path.of("src/test/bench-x11/key_to_damage.py");
    private static final int PHOTOS = 16;
    private static final int RUNS = 2;

    private OutsideBench() {
    }

    static void run(Path photo, Path work, Path target, Table table) throws Exception {
        Path folder = BenchInputs.folderOf(work.resolve("outside"), photo, PHOTOS, "photo");
        Path saveDir = BenchInputs.vocAnnotations(folder, work.resolve("outside-voc"), 10);
        Path jar = target.resolve("labelj.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the outside measurement starts the packaged jar");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Samples presses = new Samples();
        System.out.println("load average before the outside runs: " + loadAverage());
        for (int run = 0; run < RUNS; run++) {
            Path settings = Files.createTempDirectory("labelj-bench").resolve("settings.json");
            List<String> command = new ArrayList<>(List.of("/usr/bin/python3", SCRIPT.toString(),
                    "--presses", String.valueOf(PHOTOS - 1), "--interval-ms", "400", "--quiet-ms", "350",
                    "--maximize", "--title", "photo1.jpg"));
            if (Boolean.getBoolean("bench.rects")) {
                command.add("--rects");
            }
            command.addAll(List.of("--",
                    java, "-jar", jar.toString(), "--settings", settings.toString(),
                    folder.toString(), Path.of("predefined_classes.txt").toAbsolutePath().toString(),
                    saveDir.toString()));
            runScript(command, presses);
        }
        System.out.println("load average after the outside runs: " + loadAverage());
        table.add("outside: XTEST D/A to last DAMAGE, 16 photos 10 VOC boxes, 2.5/s", presses,
                "131-134 ms median");
    }

    private static void runScript(List<String> command, Samples presses) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("latency_ms ")) {
                    presses.addMillis(Double.parseDouble(line.split(" ")[1]));
                } else if (!line.startsWith("[timing]")) {
                    System.out.println("  outside: " + line);
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("the outside measurement failed: " + String.join(" ", command));
        }
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format("%.2f (1 min) on %d cores", load, Runtime.getRuntime().availableProcessors());
    }
}
