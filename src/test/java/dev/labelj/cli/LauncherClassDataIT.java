package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.security.auth.module.UnixSystem;
import dev.labelj.support.GuiTests;
import dev.labelj.support.InstalledJavas;
import dev.labelj.support.Processes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which class data {@code bin/labelj} starts the JVM with (docs/adr/0177): the build's archive on Java 17 to 24, an
 * ahead-of-time cache recorded by the first window start on Java 25 and newer. Most tests start the launcher with a
 * stand-in {@code java} that prints its arguments and, like a JVM told to record, writes the cache as it ends.
 */
class LauncherClassDataIT {
    private static final Path LAUNCHER = Processes.target().resolve("bin").resolve("labelj");
    /**
     * The stand-in JVM: its arguments one per line; the recorded cache written as it ends (and, while it runs
     * until a file goes, half of it first).
     */
    private static final String FAKE_JAVA = """
            #!/bin/sh
            for arg in "$@"; do printf '%s\\n' "$arg"; done
            out=
            for arg in "$@"; do
                case $arg in -XX:AOTCacheOutput=*) out=${arg#-XX:AOTCacheOutput=} ;; esac
            done
            if [ -n "$FAKE_JAVA_RUNS_WHILE" ]; then
                if [ -n "$out" ]; then printf 'half\n' >"$out"; fi
                while [ -e "$FAKE_JAVA_RUNS_WHILE" ]; do sleep 0.05; done
            fi
            if [ -n "$out" ]; then printf 'recorded by %s\\n' "$$" >"$out"; fi
            """;

    @TempDir
    Path dir;
    private Path app;
    private Path caches;

    @BeforeEach
    void install() throws IOException {
        // a folder name with a space: every path the launcher builds must stay one argument
        app = Files.createDirectories(dir.resolve("my apps").resolve("labelj"));
        Files.createDirectories(app.resolve("bin"));
        Files.copy(LAUNCHER, app.resolve("bin").resolve("labelj"));
        Files.writeString(app.resolve("labelj.jar"), "the jar");
        Files.writeString(app.resolve("labelj.jsa"), "the archive");
        caches = dir.resolve("cache");
    }

    @Test
    void javaOlderThan25StartsFromTheBuildsArchiveAndIsToldNotToComplainAboutIt() throws Exception {
        List<String> args = start(fakeJava("17.0.21"), "data/images");
        assertThat(args).contains("-XX:SharedArchiveFile=" + app.resolve("labelj.jsa"), "-Xlog:cds=off")
                .containsSubsequence("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0")
                .noneMatch(arg -> arg.startsWith("-XX:AOTCache"));
        assertThat(args.subList(args.indexOf("-jar"), args.size()))
                .containsExactly("-jar", app.resolve("labelj.jar").toString(), "data/images");
    }

    @Test
    void onJava25TheFirstWindowStartRecordsTheCacheAndEveryStartAfterItUsesIt() throws Exception {
        Path java = fakeJava("25.0.3");
        List<String> first = start(java, "data/images", "predefined_classes.txt");
        String output = option(first, "-XX:AOTCacheOutput=").orElseThrow();
        assertThat(first).contains("-Xlog:aot*=off").noneMatch(arg -> arg.startsWith("-XX:SharedArchiveFile"))
                .as("the cache is mapped as Java 25 chooses").doesNotContain("-XX:ArchiveRelocationMode=0");
        assertThat(Path.of(output).getParent()).isEqualTo(caches.resolve("labelj"));

        List<String> second = start(java, "data/images");
        Path cache = Path.of(option(second, "-XX:AOTCache=").orElseThrow());
        assertThat(Files.readString(cache)).as("what the first start's JVM wrote").startsWith("recorded by ");
        assertThat(second).noneMatch(arg -> arg.startsWith("-XX:AOTCacheOutput"));
        assertThat(option(start(java, "data/images"), "-XX:AOTCache=")).contains(cache.toString());
        assertThat(cacheFiles()).as("nothing left of the recording").containsExactly(cache.getFileName().toString());
    }

    @Test
    void commandsHelpAndVersionRecordNothing() throws Exception {
        Path java = fakeJava("25");
        List<List<String>> lines = new ArrayList<>();
        // every word that keeps Main from opening the window, alone and after options
        Stream.concat(Main.SUBCOMMANDS.stream(), Main.HELP_OR_VERSION.stream()).sorted().forEach(word -> {
            lines.add(List.of(word));
            lines.add(List.of("--settings", "s.json", word, "data"));
        });
        for (List<String> line : lines) {
            assertThat(start(java, line.toArray(String[]::new))).as("%s", line)
                    .noneMatch(arg -> arg.startsWith("-XX:AOTCache"));
        }
        assertThat(cacheFiles()).isEmpty();
        assertThat(option(start(java, "--settings", "s.json", "data/images"), "-XX:AOTCacheOutput=")).isPresent();
    }

    @Test
    void whileOneStartRecordsAnotherNeitherRecordsNorUsesAHalfWrittenCache() throws Exception {
        Path java = fakeJava("25");
        Path running = Files.writeString(dir.resolve("running"), "");
        ProcessBuilder builder = new ProcessBuilder(app.resolve("bin").resolve("labelj").toString(), "data/images")
                .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        javaAndCaches(builder.environment(), java);
        builder.environment().put("FAKE_JAVA_RUNS_WHILE", running.toString());
        Process recording = builder.start();
        try {
            // the stand-in prints its arguments, then runs until the file goes: a recording JVM that is running
            List<String> recordingArgs = new ArrayList<>();
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(recording.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("data/images")) {
                recordingArgs.add(line);
            }
            assertThat(option(recordingArgs, "-XX:AOTCacheOutput=")).isPresent();
            assertThat(start(java, "data/images")).noneMatch(arg -> arg.startsWith("-XX:AOTCache"));
        } finally {
            Files.deleteIfExists(running);
            assertThat(recording.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Path cache = Path.of(option(start(java, "data/images"), "-XX:AOTCache=").orElseThrow());
        assertThat(Files.readString(cache)).as("the whole cache, once its JVM ended").startsWith("recorded by ");
    }

    @Test
    void aRebuiltJarRecordsAgainAndWhatTheOldBuildLeftGoes() throws Exception {
        Path java = fakeJava("25");
        start(java, "data/images");
        Path oldCache = Path.of(option(start(java, "data/images"), "-XX:AOTCache=").orElseThrow());
        // and what an old build's recording that ended early left (its JVM's process id is long gone)
        String oldRecording = oldCache.getFileName().toString().replaceFirst("^start-(.*)\\.aot$", "rec-$1.2147483646");
        Files.writeString(oldCache.resolveSibling(oldRecording + ".recording"), "");
        Files.writeString(oldCache.resolveSibling(oldRecording + ".aot.config"), "what the JVM recorded");
        Files.writeString(app.resolve("labelj.jar"), "the jar, built again");

        String output = option(start(java, "data/images"), "-XX:AOTCacheOutput=").orElseThrow();
        assertThat(cacheFiles()).as("nothing of the old build").containsExactlyInAnyOrder(
                Path.of(output).getFileName().toString(), Path.of(output.replaceFirst("\\.aot$", ".recording"))
                        .getFileName().toString());
        assertThat(option(start(java, "data/images"), "-XX:AOTCache=")).isPresent()
                .isNotEqualTo(Optional.of(oldCache.toString()));
    }

    @Test
    void aCacheFolderItCannotWriteInLeavesTheStartAsItWas() throws Exception {
        Path java = fakeJava("25");
        Path folder = Files.createDirectories(caches.resolve("labelj"));
        List<String> command = new ArrayList<>();
        if (new UnixSystem().getUid() == 0) {
            // root writes anywhere: start it as nobody, who can read and run what the test made
            try (Stream<Path> made = Files.walk(dir)) {
                for (Path path : made.toList()) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        command.addAll(List.of(app.resolve("bin").resolve("labelj").toString(), "data/images"));
        Processes.Result result = Processes.run(dir, command, env -> {
            javaAndCaches(env, java);
        }, 30);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines()).contains("-jar", "data/images").noneMatch(arg -> arg.startsWith("-XX:AOT"));
        assertThat(cacheFiles()).isEmpty();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aRecordingWhoseJvmWroteNothingIsRecordedAgain() throws Exception {
        Path java = fakeJava("25");
        String output = option(start(java, "data/images"), "-XX:AOTCacheOutput=").orElseThrow();
        // as if its JVM had been killed (or lost its output pipe) while it wrote the cache: the recording's mark
        // is left, with the configuration the JVM records first, and no cache
        Files.delete(Path.of(output));
        Files.writeString(Path.of(output + ".config"), "what the JVM recorded");
        List<String> left = cacheFiles();
        assertThat(left).hasSize(2).anyMatch(name -> name.endsWith(".recording"));

        assertThat(option(start(java, "data/images"), "-XX:AOTCacheOutput=")).isPresent();
        assertThat(cacheFiles()).doesNotContainAnyElementsOf(left);
    }

    @Test
    void theRealLauncherStartsFromAFolderWithASpaceInItsName() throws Exception {
        Files.delete(app.resolve("labelj.jar"));
        Files.createSymbolicLink(app.resolve("labelj.jar"), Processes.target().resolve("labelj.jar"));
        Processes.Result result = Processes.run(dir, List.of(app.resolve("bin").resolve("labelj").toString(),
                "--version"), env -> env.remove("JAVA_HOME"), 60);
        Files.delete(app.resolve("labelj.jar")); // the temp folder's clean-up would warn about a link leading out
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("LabelJ ");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aRealJava25RecordsTheCacheOnTheFirstWindowAndStartsFromItAfter() throws Exception {
        GuiTests.requireDisplay();
        Path java25 = InstalledJavas.atLeastOrSkip(25);
        Files.delete(app.resolve("labelj.jar"));
        Files.createSymbolicLink(app.resolve("labelj.jar"), Processes.target().resolve("labelj.jar"));
        try {
            List<String> first = openWindowThenStop(java25, List.of());
            assertThat(first).noneMatch(line -> line.contains("[error") || line.contains("[warning"));
            List<String> second = openWindowThenStop(java25, List.of("-Xlog:class+load=info"));
            List<String> cached = cacheFiles();
            assertThat(second).as("classes from the cache; caches %s; first start said %s", cached,
                    first.stream().filter(line -> !line.contains("[timing]")).toList()).anyMatch(line -> line.contains(
                    "dev.labelj.ui.App source: shared objects file"));
            assertThat(cacheFiles()).hasSize(1).allMatch(name -> name.startsWith("start-"));
        } finally {
            Files.delete(app.resolve("labelj.jar"));
        }
    }

    /** Starts the window on the sample images with that Java, waits for the first image, stops it; its output and errors. */
    private List<String> openWindowThenStop(Path javaHome, List<String> javaOptions) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(app.resolve("bin").resolve("labelj").toString(), "--settings",
                dir.resolve("settings.json").toString(), "--trace-timing", "data/images")
                .directory(Path.of("").toAbsolutePath().toFile()).redirectOutput(dir.resolve("out.txt").toFile());
        javaAndCaches(builder.environment(), javaHome);
        builder.environment().put("LABELJ_JAVA_OPTS", String.join(" ", javaOptions));
        Process process = builder.start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        try {
            CountDownLatch painted = Processes.watchForFirstPaint(process, lines);
            assertThat(painted.await(60, TimeUnit.SECONDS)).as("the first image, output: %s", lines).isTrue();
            // as a window closed: Process.destroy would also close the pipes the JVM that writes the cache inherits
            process.toHandle().destroy();
            // the recording JVM writes the cache as it ends: a few seconds
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        List<String> both = new ArrayList<>(lines);
        both.addAll(Files.readAllLines(dir.resolve("out.txt")));
        return both;
    }

    /** A Java home whose release file names that version, with the stand-in JVM as its {@code bin/java}. */
    private Path fakeJava(String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve("jdk-" + version));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    /** Runs the launcher with that Java home; the arguments its JVM was started with. */
    private List<String> start(Path javaHome, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(app.resolve("bin").resolve("labelj").toString()));
        command.addAll(List.of(args));
        Processes.Result result = Processes.run(dir, command, env -> {
            javaAndCaches(env, javaHome);
            env.remove("LABELJ_JAVA_OPTS");
        }, 30);
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        return result.out().lines().toList();
    }

    /** The Java the launcher is to run, and the test's own cache folder instead of the user's. */
    private void javaAndCaches(Map<String, String> environment, Path javaHome) {
        environment.put("JAVA_HOME", javaHome.toString());
        environment.put("XDG_CACHE_HOME", caches.toString());
    }

    private static Optional<String> option(List<String> args, String prefix) {
        return args.stream().filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst();
    }

    private List<String> cacheFiles() throws IOException {
        Path folder = caches.resolve("labelj");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
