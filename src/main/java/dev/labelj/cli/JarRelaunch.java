package dev.labelj.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar labelj.jar} opens the window in a JVM started with the launchers' options (docs/adr/0174).
 * A jar cannot carry JVM options, and without them the window started 1.7x slower than through {@code bin/labelj}
 * (no archive of our classes, the optimising compiler competing for two cores) and took 320 MB instead of 240.
 * When nothing stands between {@code java} and {@code -jar} on this process's command line (options given there,
 * or in {@code JDK_JAVA_OPTIONS}, are the user's choice and are kept) and the build's class-data archive lies
 * beside the jar, this process starts the window's JVM with the launchers' options, passes it the same arguments,
 * standard streams and environment, and exits with its status. Where the build's {@code bin/labelj} lies beside
 * the jar (not on Windows), that launcher starts it, with this Java: it also keeps the ahead-of-time cache on Java 25
 * and newer (docs/adr/0177). Where the system does not tell a process its own command line, the window opens in
 * this process as before.
 */
final class JarRelaunch {
    /** The JVM options {@code bin/labelj} and {@code bin/labelj.cmd} start the jar with (a test keeps them equal). */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms64m",
            "-Xmx2g");
    /** Set by the launchers: such a JVM already has their options and is never started again. */
    static final String LAUNCHER_PROPERTY = "labelj.launcher";
    /** Keeps the JVM from printing why it could not use the archive. */
    static final String QUIET_ARCHIVE = "-Xlog:cds=off";
    /**
     * Maps the archive at the address it was made for instead of moving it at each start (Java 17's default since
     * 17.0.x rewrites every pointer in it, 30-40 ms before main, docs/adr/0180).
     */
    static final List<String> ARCHIVE_IN_PLACE = List.of("-XX:+UnlockDiagnosticVMOptions",
            "-XX:ArchiveRelocationMode=0");
    /**
     * On Linux, the JIT compiler's threads below the window's (docs/adr/0184), and the JVM's warning that changing a
     * thread's priority may need root kept off the terminal.
     */
    static final List<String> COMPILERS_GIVE_WAY = List.of("-XX:ThreadPriorityPolicy=1",
            "-XX:CompilerThreadPriority=10", "-XX:-PrintWarnings");
    /** Where the build writes {@code bin/labelj}, from the jar's folder. */
    private static final Path LAUNCHER_SCRIPT = Path.of("bin", "labelj");
    /** The class-data archive the build writes beside the jar. */
    static final String ARCHIVE = "labelj.jsa";
    /**
     * What {@code bin/labelj} sets for the natives, unless the environment already does: the C heap (docs/adr/0171)
     * and OpenBLAS's threads (docs/adr/0182).
     */
    private static final Map<String, String> NATIVE_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2",
            "MALLOC_MMAP_THRESHOLD_", "1048576", "OPENBLAS_NUM_THREADS", "1");
    private static final long STOP_WAIT_SECONDS = 10;

    private JarRelaunch() {
    }

    /**
     * The command of the window's JVM, or empty when this process should open the window itself.
     * {@code processArguments}: this process's command line after {@code java}; {@code jar}: the jar this class
     * came from; {@code args}: the program's arguments; {@code userJvmOptions}: JVM options came from elsewhere.
     */
    static Optional<List<String>> command(Path java, List<String> processArguments, Path jar, String[] args,
            boolean userJvmOptions) {
        if (userJvmOptions || processArguments.size() < 2 || !processArguments.get(0).equals("-jar")) {
            return Optional.empty();
        }
        Path archive = jar.resolveSibling(ARCHIVE);
        if (!sameFile(Path.of(processArguments.get(1)), jar) || !Files.isRegularFile(archive)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        Optional<Path> launcher = launcher(jar);
        if (launcher.isPresent()) {
            command.add(launcher.get().toString());
            command.addAll(Arrays.asList(args));
            return Optional.of(command);
        }
        command.add(java.toString());
        command.add("-XX:SharedArchiveFile=" + archive);
        // a Java the archive was not made by (another build or version) starts without it; quietly, as the launchers
        command.add(QUIET_ARCHIVE);
        command.addAll(ARCHIVE_IN_PLACE);
        if (isLinux()) {
            command.addAll(COMPILERS_GIVE_WAY);
        }
        command.addAll(LAUNCHER_OPTIONS);
        command.add("-D" + LAUNCHER_PROPERTY + "=jar");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(Arrays.asList(args));
        return Optional.of(command);
    }

    /** Starts the window's JVM when {@link #command} says so and returns its exit status; empty otherwise. */
    static OptionalInt run(String[] args) {
        if (System.getProperty(LAUNCHER_PROPERTY) != null) {
            return OptionalInt.empty();
        }
        Optional<List<String>> command = thisJar().flatMap(jar -> command(
                Path.of(System.getProperty("java.home"), "bin", "java"),
                ProcessHandle.current().info().arguments().map(List::of).orElse(List.of()), jar, args,
                System.getenv("JDK_JAVA_OPTIONS") != null));
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
        NATIVE_ENVIRONMENT.forEach(builder.environment()::putIfAbsent);
        // the launcher, when it starts the window, runs the Java the user started the jar with
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process window;
        try {
            window = builder.start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        // this process stopped (Ctrl+C, a kill) stops the window's too, which saves its settings as it ends
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(window), "window-jvm-stop"));
        while (true) {
            try {
                return OptionalInt.of(window.waitFor());
            } catch (InterruptedException e) {
                // nothing interrupts main; keep waiting for the window
            }
        }
    }

    private static void stop(Process window) {
        if (window.isAlive()) {
            window.destroy();
            try {
                window.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The build's POSIX launcher when it lies beside the jar, as {@code mvn package} leaves them. */
    private static Optional<Path> launcher(Path jar) {
        Path script = jar.resolveSibling(LAUNCHER_SCRIPT);
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return !windows && Files.isRegularFile(script) && Files.isExecutable(script) ? Optional.of(script)
                : Optional.empty();
    }

    static boolean isLinux() {
        return System.getProperty("os.name", "").startsWith("Linux");
    }

    private static Optional<Path> thisJar() {
        try {
            Path location = Path.of(JarRelaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
