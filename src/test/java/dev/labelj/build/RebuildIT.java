package dev.labelj.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packaging twice without {@code clean} (as the README's run command followed by its test command
 * does) gives the same jar: the second build must not shade the first build's shaded jar again.
 * Runs the same Maven on a copy of the project's build file and main sources.
 */
// whole Maven builds (and jpackage) take minutes on a loaded machine: more than the suite default
@org.junit.jupiter.api.Timeout(value = 20, unit = java.util.concurrent.TimeUnit.MINUTES)
class RebuildIT {
    @Test
    void packagingTwiceWithoutCleanGivesTheSameJar(@TempDir Path copy) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Files.copy(project.resolve("pom.xml"), copy.resolve("pom.xml"));
        copyTree(project.resolve("src/main"), copy.resolve("src/main"));

        packageIn(copy);
        Path jar = copy.resolve("target/labelj.jar");
        Path plain = copy.resolve("target/original-labelj.jar");
        byte[] firstJar = Files.readAllBytes(jar);
        long firstPlain = Files.size(plain);
        packageIn(copy);

        assertThat(Files.size(jar)).isEqualTo(firstJar.length);
        assertThat(Files.readAllBytes(jar)).isEqualTo(firstJar);
        assertThat(Files.size(plain)).isEqualTo(firstPlain);
        assertThat(classesOutsideTheProject(plain)).as("library classes in the plain jar").isEmpty();
    }

    private static void packageIn(Path dir) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("labelj.maven.home"), "bin", "mvn").toString(), "-B", "-q", "-o",
                "-Dmaven.repo.local=" + System.getProperty("labelj.maven.repo"), "-Dmaven.test.skip=true", "package"));
        Processes.Result result = Processes.run(dir, command, env -> { }, 400);
        assertThat(result.exitCode()).as("%s%n%s", result.out(), result.err()).isZero();
    }

    private static List<String> classesOutsideTheProject(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && !n.startsWith("dev/labelj/")).limit(5).toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
