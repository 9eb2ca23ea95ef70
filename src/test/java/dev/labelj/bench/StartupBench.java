package dev.labelj.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Process start to first image painted, with a folder of 10,000 images: launches the app as a new
 * JVM with {@code --trace-timing} and reads its "image painted" milestone, with and without an
 * application class-data-sharing archive (AppCDS) made by a first training run.
 */
final class StartupBench {
    private static final int RUNS = 7;

    private StartupBench() {
    }

    static void run(Path folder, Path target, Path work, Table table) throws Exception {
        List<String> launch = launchCommand(target);
        Samples plain = new Samples();
        Samples plainInJvm = new Samples();
        for (int i = 0; i < RUNS + 1; i++) {
            measure(launch, List.of(), folder, i == 0 ? null : plain, i == 0 ? null : plainInJvm);
        }
        table.add("start to first image painted, 10k folder (wall clock)", plain, "466 ms");
        table.add("  same, ms since JVM start (app's own milestone)", plainInJvm, "");

        Path archive = work.resolve("labelj.jsa");
        measure(launch, List.of("-XX:ArchiveClassesAtExit=" + archive), folder, null, null);
        if (!Files.exists(archive)) {
            System.out.println("AppCDS: no archive was written; skipped");
            return;
        }
        Samples cds = new Samples();
        Samples cdsInJvm = new Samples();
        for (int i = 0; i < RUNS + 1; i++) {
            measure(launch, List.of("-XX:SharedArchiveFile=" + archive), folder, i == 0 ? null : cds,
                    i == 0 ? null : cdsInJvm);
        }
        table.add("start to first image painted, 10k folder, AppCDS (wall)", cds, "466 ms");
        table.add("  same, ms since JVM start (app's own milestone)", cdsInJvm, "");
    }

    /** The shaded jar when it was built (the way users start it), else the benchmark's class path. */
    private static List<String> launchCommand(Path target) {
        Path jar = target.resolve("labelj.jar");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Files.exists(jar)) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.labelj.cli.Main"));
        }
        System.out.println("start-up runs: " + String.join(" ", command) + " --trace-timing FOLDER");
        return command;
    }

    private static void measure(List<String> launch, List<String> jvmOptions, Path folder, Samples wall,
            Samples inJvm) throws Exception {
        List<String> command = new ArrayList<>(launch.subList(0, 1));
        command.addAll(jvmOptions);
        command.addAll(launch.subList(1, launch.size()));
        // A fresh settings file each run: the same start every time, and the user's settings untouched.
        Path settings = Files.createTempDirectory("labelj-bench").resolve("settings.json");
        command.addAll(List.of("--settings", settings.toString(), "--trace-timing", folder.toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                if (line.contains("image painted")) {
                    long wallNanos = System.nanoTime() - start;
                    if (wall != null) {
                        wall.addNanos(wallNanos);
                        inJvm.addMillis(Double.parseDouble(line.replaceAll(".*\\]\\s+(\\d+) ms.*", "$1")));
                    }
                    break;
                }
            }
            stop(process);
        }
    }

    /** SIGTERM lets the JVM exit normally, which is when it writes a class-data archive. */
    private static void stop(Process process) throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
