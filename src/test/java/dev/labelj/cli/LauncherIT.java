package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.GuiTests;
import dev.labelj.support.Processes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code labelj} launcher that {@code mvn package} writes to target/bin, started as a user starts it. */
class LauncherIT {
    private static final Path BIN = Processes.target().resolve("bin");
    private static final Path LAUNCHER = BIN.resolve("labelj");
    private static final Path HERE = Path.of("").toAbsolutePath();

    @Test
    void versionRunsWithoutADisplay() throws Exception {
        Processes.Result result = Processes.run(HERE, List.of(LAUNCHER.toString(), "--version"),
                env -> env.remove("DISPLAY"), 60);
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).matches("LabelJ \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aLinkToTheLauncherInAFolderOnThePathWorksFromAnyFolder(@TempDir Path dir) throws Exception {
        Path onPath = Files.createDirectories(dir.resolve("bin"));
        Path link = Files.createSymbolicLink(onPath.resolve("labelj"), LAUNCHER);
        Processes.Result result;
        try {
            result = Processes.run(dir, List.of("sh", "-c", "labelj --version"),
                    env -> env.put("PATH", onPath + ":" + env.get("PATH")), 60);
        } finally {
            Files.delete(link); // the temp folder's clean-up would warn about a link leading out of it
        }
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("LabelJ ");
    }

    @Test
    void theLauncherStartsFromTheBuildsClassDataArchive() throws Exception {
        Processes.Result result = versionWithJvmOptions("-Xlog:class+load=info");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("dev.labelj.cli.Main source: shared objects file")
                .contains("picocli.CommandLine source: shared objects file");
    }

    @Test
    void theArchiveIsMappedWhereItWasMadeForNotMovedAtEachStart() throws Exception {
        // moving it (the default since an update of Java 17) rewrote every pointer in its 50 MB at each start: 30-40
        // ms before main (docs/adr/0180)
        Processes.Result result = versionWithJvmOptions("-Xlog:cds=info");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Mapped static  region").doesNotContain("alternative address")
                .doesNotContain("Unable to map");
    }

    @Test
    void theWindowsLauncherRunsTheSameJarWithTheSameJvmOptions() throws Exception {
        String cmd = Files.readString(BIN.resolve("labelj.cmd"), StandardCharsets.UTF_8);
        String sh = Files.readString(LAUNCHER, StandardCharsets.UTF_8);
        assertThat(cmd.lines().count()).isEqualTo(cmd.split("\r\n", -1).length - 1L);
        List<String> posixOptions = jvmOptions(sh);
        // but for the compiler's priority, which is Linux's (docs/adr/0184)
        posixOptions.removeAll(JarRelaunch.COMPILERS_GIVE_WAY);
        assertThat(jvmOptions(cmd)).isNotEmpty().isEqualTo(posixOptions);
        assertThat(cmd).contains("\\labelj.jar", "\\labelj.jsa", "%LABELJ_JAVA_OPTS%", "%*");
    }

    @Test
    void theLauncherOpensTheWindowOnTheSampleFolder(@TempDir Path dir) throws Exception {
        GuiTests.requireDisplay();
        List<String> milestones = new ArrayList<>();
        Process process = openedOnTheSampleFolder(dir, milestones, "");
        try {
            assertThat(milestones).anyMatch(m -> m.endsWith("scanned 8 images"));
            assertThat(process.isAlive()).isTrue();
        } finally {
            stop(process);
        }
    }

    /**
     * OpenCV's natives bring OpenBLAS, which starts a thread per further core as it loads; each spun, waiting for
     * work, for about a tenth of a second of a core in the middle of the start (docs/adr/0182). LabelJ does not use
     * it for anything that needs threads of its own. Its threads are named after the thread that loaded it.
     */
    @Test
    void theNativesStartNoThreadsThatSpinThroughTheStart(@TempDir Path dir) throws Exception {
        GuiTests.requireDisplay();
        Process process = openedOnTheSampleFolder(dir, new ArrayList<>(), "");
        try {
            Path tasks = threadsOf(process);
            // the loader's own thread ends once the natives are loaded and warm
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            List<String> loaders = threadsNamed(tasks, "opencv-loader");
            while (!loaders.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
                loaders = threadsNamed(tasks, "opencv-loader");
            }
            assertThat(loaders).as("threads started while the natives loaded, still there").isEmpty();
        } finally {
            stop(process);
        }
    }

    /**
     * On Linux the JIT compiler's threads run at a lower priority than the window's: on two cores they took a third
     * of the CPU while the EDT built the window (docs/adr/0184). Linux shows each thread's nice value in /proc.
     */
    @Test
    void theCompilersThreadsGiveWayToTheWindowsOnLinux(@TempDir Path dir) throws Exception {
        GuiTests.requireDisplay();
        Process process = openedOnTheSampleFolder(dir, new ArrayList<>(), "");
        try {
            Path tasks = threadsOf(process);
            List<Integer> compilers = niceOfThreadsNamed(tasks, "C1 CompilerThre");
            // an event dispatch thread AWT is replacing can still be listed beside the new one: both are the window's
            List<Integer> edt = niceOfThreadsNamed(tasks, "AWT-EventQueue-");
            assertThat(compilers).as("the compiler's threads").isNotEmpty();
            assertThat(edt).as("the EDT").isNotEmpty();
            int windows = java.util.Collections.max(edt);
            assertThat(compilers).as("nice values of the compiler's threads, the EDT's are %s", edt)
                    .allMatch(nice -> nice > windows);
        } finally {
            stop(process);
        }
    }

    /**
     * Once OpenCV's natives are loaded, JavaCPP's own loader (which looks for them again, reading its annotations
     * and properties) does not run when the first file's bytes are read: it took 45-60 ms of a core at every start
     * (docs/adr/0183).
     */
    @Test
    void javaCppDoesNotLookForTheNativesAgain(@TempDir Path dir) throws Exception {
        GuiTests.requireDisplay();
        Path log = dir.resolve("classes.log");
        Process process = openedOnTheSampleFolder(dir, new ArrayList<>(), "-Xlog:class+load=info:file=" + log);
        stop(process);
        String classes = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(classes).as("the first image was read into JavaCPP's native memory")
                .contains("org.bytedeco.javacpp.BytePointer ");
        assertThat(classes).as("classes of JavaCPP's loader").doesNotContain("org.bytedeco.javacpp.ClassProperties ")
                .doesNotContain("org.bytedeco.javacpp.annotation.Platform ");
    }

    /**
     * X11's keyboard tables are made after the first picture, off the EDT, before any key is pressed: the first key
     * (the first D, the first Ctrl+S) no longer waits 2-4 ms for them (docs/adr/0190).
     */
    @Test
    void theKeyboardTablesAreMadeBeforeTheFirstKey(@TempDir Path dir) throws Exception {
        GuiTests.requireDisplay();
        Path log = dir.resolve("init.log");
        Process process = openedOnTheSampleFolder(dir, new ArrayList<>(), "-Xlog:class+init=info:file=" + log);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline && !Files.readString(log, StandardCharsets.UTF_8)
                    .contains("Initializing 'sun/awt/X11/XKeysym'")) {
                Thread.sleep(50);
            }
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).as("classes initialized, no key pressed")
                    .contains("Initializing 'sun/awt/X11/XKeysym'");
        } finally {
            stop(process);
        }
    }

    /**
     * The launcher started on data/images with these JVM options, once it has painted the first image; its stderr
     * lines before that.
     */
    private static Process openedOnTheSampleFolder(Path dir, List<String> milestones, String javaOptions)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "--settings",
                dir.resolve("settings.json").toString(), "--trace-timing", "data/images").directory(HERE.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LABELJ_JAVA_OPTS", javaOptions);
        Process process = builder.start();
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            // the image view's mark once it painted the pixels: "image painted 1197x898"
            while ((line = err.readLine()) != null && !line.matches(".*\\bimage painted \\d+x\\d+.*")) {
                milestones.add(line);
            }
            assertThat(line).as("stderr before it ended: %s", milestones).isNotNull();
        } catch (IOException | AssertionError e) {
            stop(process);
            throw e;
        }
        return process;
    }

    /** Linux's folder of the process's threads, one folder each with its name and state. */
    private static Path threadsOf(Process process) {
        Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
        assertThat(tasks).as("Linux's view of the process's threads").isDirectory();
        return tasks;
    }

    private static List<String> threadsNamed(Path tasks, String name) throws IOException {
        List<String> named = new ArrayList<>();
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                try {
                    if (Files.readString(thread.resolve("comm"), StandardCharsets.UTF_8).strip().equals(name)) {
                        named.add(thread.getFileName().toString());
                    }
                } catch (NoSuchFileException e) {
                    // the thread ended meanwhile
                }
            }
        }
        return named;
    }

    /** The nice value of each thread of the process with this name (as Linux shortens it to 15 characters). */
    private static List<Integer> niceOfThreadsNamed(Path tasks, String name) throws IOException {
        List<Integer> nice = new ArrayList<>();
        for (String thread : threadsNamed(tasks, name)) {
            String stat = Files.readString(tasks.resolve(thread).resolve("stat"), StandardCharsets.UTF_8);
            // after "pid (name) ": state is the 3rd field, nice the 19th
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            nice.add(Integer.parseInt(fields[16]));
        }
        return nice;
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** {@code labelj --version} with no display and these JVM options (the JVM's logs go to its output). */
    private static Processes.Result versionWithJvmOptions(String options) throws IOException, InterruptedException {
        return Processes.run(HERE, List.of(LAUNCHER.toString(), "--version"), env -> {
            env.remove("DISPLAY");
            env.put("LABELJ_JAVA_OPTS", options);
        }, 60);
    }

    /** The -XX options a launcher passes, in order. */
    private static List<String> jvmOptions(String script) {
        List<String> options = new ArrayList<>();
        Matcher matcher = Pattern.compile("-XX:[+-]?\\w+(=\\d+)?(?=\\s)").matcher(script);
        while (matcher.find()) {
            options.add(matcher.group());
        }
        return options;
    }
}
