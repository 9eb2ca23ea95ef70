package dev.labelj.bench;

import com.formdev.flatlaf.FlatLightLaf;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * What the user sees, measured from outside the process by {@code src/test/bench-x11/outside.py} (python3 with
 * python3-xlib and python3-numpy): start to first image painted on 1k / 10k / 100k images, D at 2.5/s and held,
 * peak RSS while switching 12-megapixel photos, and the first save against the later ones. This class makes the
 * inputs ({@link OutsideInputs}) and runs the script on this build's launcher and jar, on another build's when
 * {@code -Dbench.compare=DIR} names its {@code target} folder, and on labelImg when {@code -Dbench.labelimg=DIR}
 * names a folder holding its {@code labelImg.py}. {@code -Dbench.outside=startup,browse,save} picks parts;
 * {@code -Dbench.data=DIR} keeps the generated data there for the next run (about 120 MB);
 * {@code -Dbench.outsideArgs="--startup-runs 7"} passes options to the script; {@code -Dbench.floor=true} adds a
 * bare FlatLaf window ({@link BareWindow}, with a class-data archive of its own) to the start-up rows.
 */
final class OutsideBench {
    private static final Path SCRIPT = Path.of("src/test/bench-x11/outside.py");

    private OutsideBench() {
    }

    static void run(Path photo, Path work, Path target) throws Exception {
        String kept = System.getProperty("bench.data", "");
        Path data = OutsideInputs.make(kept.isBlank() ? work.resolve("outside") : Path.of(kept).toAbsolutePath(), photo);
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", SCRIPT.toString(), "--data",
                data.toString(), "--parts", System.getProperty("bench.outside", "startup,browse,save")));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        addBuild(command, "this", target, java);
        String compare = System.getProperty("bench.compare", "");
        if (!compare.isBlank()) {
            addBuild(command, "other", Path.of(compare).toAbsolutePath(), java);
        }
        if (Boolean.getBoolean("bench.floor")) {
            addBareWindow(command, work, java);
        }
        String labelImg = System.getProperty("bench.labelimg", "");
        if (!labelImg.isBlank()) {
            command.addAll(List.of("--labelimg", Path.of(labelImg).toAbsolutePath().toString()));
        }
        for (String option : System.getProperty("bench.outsideArgs", "").split(" ")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        System.out.println("outside runs: " + String.join(" ", command));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(System.out::println);
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the outside measurement failed: " + String.join(" ", command));
        }
    }

    /**
     * The bare window as an app, started with the launcher's JVM options and an archive of the classes its start
     * loads (made by one start first), as LabelJ's launcher starts with the build's. An archive takes jars only:
     * the window's classes go into one of their own, beside FlatLaf's.
     */
    private static void addBareWindow(List<String> command, Path work, String java) throws Exception {
        Path jar = work.resolve("bare-window.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> type : List.of(BareWindow.class, BareWindow.Picture.class)) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (InputStream in = BareWindow.class.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
            }
        }
        Path flatLaf = Path.of(FlatLightLaf.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String classPath = flatLaf + File.pathSeparator + jar;
        Path archive = work.resolve("bare-window.jsa");
        Files.deleteIfExists(archive);
        Process training = new ProcessBuilder(java, "-XX:ArchiveClassesAtExit=" + archive, "-cp", classPath,
                BareWindow.class.getName(), "--train").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!training.waitFor(120, TimeUnit.SECONDS) || !Files.exists(archive)) {
            training.destroyForcibly();
            throw new IllegalStateException("the bare window's archive was not made: " + archive);
        }
        command.addAll(List.of("--app", "bare-window=" + java + " -XX:SharedArchiveFile=" + archive
                + " -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
                + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -Xmx2g -cp " + classPath + " "
                + BareWindow.class.getName()));
    }

    /** A build's launcher (when it has one) and its jar, as two apps. */
    private static void addBuild(List<String> command, String name, Path target, String java) {
        Path launcher = target.resolve("bin/labelj");
        if (Files.isExecutable(launcher)) {
            command.addAll(List.of("--app", name + "=" + launcher));
        }
        Path jar = target.resolve("labelj.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the outside measurement starts the packaged jar");
        }
        command.addAll(List.of("--app", name + "-jar=" + java + " -jar " + jar));
    }
}
