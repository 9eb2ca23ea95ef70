package dev.labelj.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Process start to first image painted: launches the app as a new process with {@code --trace-timing}
 * and waits for the image view's "image painted WxH" milestone, the way a user starts it — through the {@code labelj}
 * launcher (class-data archive and JVM flags, docs/adr/0070) and with the plain {@code java -jar} —
 * on folders of 10,000 and 1,000 images and on the sample folder. Runs of the two launches alternate,
 * so a change in the machine's load hits both alike; the CPU time the process used until the paint
 * is reported too, since it depends far less on other work than the wall clock does.
 */
final class StartupBench {
    private static final int RUNS = 7;
    /**
     * The image view's own mark, made after it painted pixels ("image painted 1197x898"); the window's
     * earlier "first image painted" mark is made when the image is handed to the view, before any paint.
     */
    private static final Pattern PAINTED = Pattern.compile("\\bimage painted \\d+x\\d+");

    private StartupBench() {
    }

    /** How a start is launched: a name for the table and the command before the app's arguments. */
    private record Launch(String name, List<String> command) {
    }

    static void run(Path photo, Path work, Path target, Table table) throws Exception {
        List<Launch> launches = launches(target);
        record Folder(String name, Path path, String labelImg) {
        }
        List<Folder> folders = List.of(
                new Folder("10k folder", BenchInputs.folderOf(work.resolve("start10k"), photo, 10_000, "img"), "466 ms"),
                new Folder("1k folder", BenchInputs.folderOf(work.resolve("start1k"), photo, 1_000, "img"), "218 ms"),
                new Folder("data/images", Path.of("data/images").toAbsolutePath(), ""));
        System.out.println("load average before start-up runs: " + loadAverage());
        for (Folder folder : folders) {
            List<Samples> wall = new ArrayList<>();
            List<Samples> cpu = new ArrayList<>();
            for (Launch launch : launches) {
                wall.add(new Samples());
                cpu.add(new Samples());
                measure(launch, folder.path(), null, null); // warms the file cache, untimed
            }
            for (int i = 0; i < RUNS; i++) {
                for (int l = 0; l < launches.size(); l++) {
                    measure(launches.get(l), folder.path(), wall.get(l), cpu.get(l));
                }
            }
            for (int l = 0; l < launches.size(); l++) {
                String what = "start to first image painted, " + folder.name() + ", " + launches.get(l).name();
                table.add(what, wall.get(l), folder.labelImg());
                table.add("  same, CPU time of the process", cpu.get(l), "");
            }
        }
        System.out.println("load average after start-up runs: " + loadAverage());
    }

    /** The launcher when the build made one, and the plain jar, as the README starts them. */
    private static List<Launch> launches(Path target) {
        List<Launch> launches = new ArrayList<>();
        Path launcher = target.resolve("bin/labelj");
        if (Files.isExecutable(launcher)) {
            launches.add(new Launch("labelj launcher", List.of(launcher.toString())));
        }
        Path jar = target.resolve("labelj.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (Files.exists(jar)) {
            launches.add(new Launch("java -jar", List.of(java, "-jar", jar.toString())));
        } else {
            launches.add(new Launch("java -cp (no jar built)",
                    List.of(java, "-cp", System.getProperty("java.class.path"), "dev.labelj.cli.Main")));
        }
        launches.forEach(l -> System.out.println("start-up runs: " + String.join(" ", l.command())
                + " --trace-timing FOLDER"));
        return launches;
    }

    private static void measure(Launch launch, Path folder, Samples wall, Samples cpu) throws Exception {
        List<String> command = new ArrayList<>(launch.command());
        // A fresh settings file each run: the same start every time, and the user's settings untouched.
        Path settings = Files.createTempDirectory("labelj-bench").resolve("settings.json");
        command.addAll(List.of("--settings", settings.toString(), "--trace-timing", folder.toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                if (PAINTED.matcher(line).find()) {
                    long wallNanos = System.nanoTime() - start;
                    if (wall != null) {
                        wall.addNanos(wallNanos);
                        cpu.addMillis(process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L));
                    }
                    break;
                }
            }
            stop(process);
        }
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format("%.2f (1 min) on %d cores", load, Runtime.getRuntime().availableProcessors());
    }

    private static void stop(Process process) throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
