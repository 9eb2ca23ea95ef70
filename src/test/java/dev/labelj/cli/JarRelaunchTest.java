package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code java -jar} opens the window in a JVM with the launchers' options, and when it does not. */
class JarRelaunchTest {
    private static final Path JAVA = Path.of("/opt/jdk/bin/java");
    private static final String[] ARGS = {"images", "classes.txt", "--settings", "s.json"};
    @TempDir
    Path dir;
    private Path jar;

    @BeforeEach
    void buildLayout() throws Exception {
        jar = Files.writeString(dir.resolve("labelj.jar"), "jar");
        Files.writeString(dir.resolve(JarRelaunch.ARCHIVE), "archive");
    }

    @Test
    void plainJavaDashJarStartsTheWindowWithTheArchiveTheLaunchersOptionsAndTheSameArguments() {
        Optional<List<String>> command = JarRelaunch.command(JAVA, List.of("-jar", jar.toString(), "images"), jar,
                ARGS, false);

        List<String> expected = new ArrayList<>(List.of(JAVA.toString(),
                "-XX:SharedArchiveFile=" + dir.resolve("labelj.jsa"), "-Xlog:cds=off",
                "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0"));
        if (JarRelaunch.isLinux()) {
            expected.addAll(List.of("-XX:ThreadPriorityPolicy=1", "-XX:CompilerThreadPriority=10",
                    "-XX:-PrintWarnings"));
        }
        expected.addAll(JarRelaunch.LAUNCHER_OPTIONS);
        expected.addAll(List.of("-Dlabelj.launcher=jar", "-jar", jar.toString()));
        expected.addAll(List.of(ARGS));
        assertThat(command).contains(expected);
    }

    @Test
    void theBuildsLauncherBesideTheJarStartsTheWindowWithTheSameArguments() throws Exception {
        Path launcher = Files.createDirectories(dir.resolve("bin")).resolve("labelj");
        Files.writeString(launcher, "#!/bin/sh\n");
        assertThat(JarRelaunch.command(JAVA, List.of("-jar", jar.toString()), jar, ARGS, false))
                .as("not executable").isPresent().get().asList().first().isEqualTo(JAVA.toString());

        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> expected = new ArrayList<>(List.of(launcher.toString()));
        expected.addAll(List.of(ARGS));
        assertThat(JarRelaunch.command(JAVA, List.of("-jar", jar.toString()), jar, ARGS, false)).contains(expected);
        assertThat(JarRelaunch.command(JAVA, List.of("-Xmx8g", "-jar", jar.toString()), jar, ARGS, false))
                .as("the user's own JVM options still keep the window here").isEmpty();
    }

    @Test
    void aRelativeJarPathCountsWhenItIsThisJar() {
        Path relative = Path.of("").toAbsolutePath().relativize(jar);
        assertThat(JarRelaunch.command(JAVA, List.of("-jar", relative.toString()), jar, ARGS, false)).isPresent();
    }

    @Test
    void optionsTheUserGaveTheJvmAreKept() {
        assertThat(JarRelaunch.command(JAVA, List.of("-Xmx8g", "-jar", jar.toString()), jar, ARGS, false)).isEmpty();
        assertThat(JarRelaunch.command(JAVA, List.of("-jar", jar.toString()), jar, ARGS, true)).isEmpty();
    }

    @Test
    void anotherWayOfStartingOrAnotherJarOrNoArchiveOpensTheWindowHere() throws Exception {
        assertThat(JarRelaunch.command(JAVA, List.of("-cp", jar.toString(), "dev.labelj.cli.Main"), jar, ARGS, false))
                .isEmpty();
        assertThat(JarRelaunch.command(JAVA, List.of(), jar, ARGS, false)).isEmpty();
        Path other = Files.writeString(dir.resolve("other.jar"), "jar");
        assertThat(JarRelaunch.command(JAVA, List.of("-jar", other.toString()), jar, ARGS, false)).isEmpty();
        Files.delete(dir.resolve(JarRelaunch.ARCHIVE));
        assertThat(JarRelaunch.command(JAVA, List.of("-jar", jar.toString()), jar, ARGS, false)).isEmpty();
    }

    @Test
    void theOptionsAreThoseOfTheLaunchers() throws Exception {
        for (String launcher : List.of("src/main/dist/bin/labelj", "src/main/dist/bin/labelj.cmd")) {
            String script = Files.readString(Path.of(launcher), StandardCharsets.UTF_8);
            assertThat(jvmOptions(script)).as(launcher).isEqualTo(JarRelaunch.LAUNCHER_OPTIONS);
            assertThat(script).as(launcher).contains(JarRelaunch.ARCHIVE_IN_PLACE);
            assertThat(script).as(launcher).contains("-D" + JarRelaunch.LAUNCHER_PROPERTY + "=");
        }
        // the compiler's priority is Linux's: the POSIX launcher sets it there, the Windows one never
        assertThat(Files.readString(Path.of("src/main/dist/bin/labelj"), StandardCharsets.UTF_8))
                .contains(JarRelaunch.COMPILERS_GIVE_WAY);
        assertThat(Files.readString(Path.of("src/main/dist/bin/labelj.cmd"), StandardCharsets.UTF_8))
                .doesNotContain(JarRelaunch.COMPILERS_GIVE_WAY);
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom).as("the app image's java-options")
                .contains(String.join(" ", JarRelaunch.LAUNCHER_OPTIONS) + " -D" + JarRelaunch.LAUNCHER_PROPERTY + "=app");
    }

    /**
     * The -XX and -Xm options a launcher script passes, in order, but for those that go with the archive (set apart,
     * with its path) and the Linux-only ones.
     */
    private static List<String> jvmOptions(String script) {
        List<String> options = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?<=\\s)(-XX:[+-]?\\w+(=\\d+)?|-Xm[sx]\\w+)(?=\\s)").matcher(script);
        while (matcher.find()) {
            if (!JarRelaunch.ARCHIVE_IN_PLACE.contains(matcher.group())
                    && !JarRelaunch.COMPILERS_GIVE_WAY.contains(matcher.group())) {
                options.add(matcher.group());
            }
        }
        return options;
    }
}
