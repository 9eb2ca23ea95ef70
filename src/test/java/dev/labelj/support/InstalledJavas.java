package dev.labelj.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Java homes installed beside the one running the tests, for tests of how LabelJ starts on them. */
public final class InstalledJavas {
    private static final Path SYSTEM_JAVAS = Path.of("/usr/lib/jvm");

    private InstalledJavas() {
    }

    /** A Java home of that feature release or newer among the system's (Debian keeps them in /usr/lib/jvm). */
    public static Optional<Path> atLeast(int feature) throws IOException {
        if (!Files.isDirectory(SYSTEM_JAVAS)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(SYSTEM_JAVAS)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin").resolve("java")))
                    .filter(home -> releaseFeature(home) >= feature).sorted().findFirst();
        }
    }

    /** Like {@link #atLeast}; the calling test is skipped, saying why, where there is none. */
    public static Path atLeastOrSkip(int feature) throws IOException {
        Optional<Path> home = atLeast(feature);
        Assumptions.assumeTrue(home.isPresent(), "no Java " + feature + " or newer installed beside this one");
        return home.get();
    }

    /** The feature release its release file names ({@code JAVA_VERSION="25.0.3"} is 25); 0 when unknown. */
    private static int releaseFeature(Path home) {
        try (Stream<String> lines = Files.lines(home.resolve("release"))) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION=\""))
                    .map(line -> line.replaceAll("^JAVA_VERSION=\"(\\d+).*", "$1"))
                    .mapToInt(Integer::parseInt).findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
