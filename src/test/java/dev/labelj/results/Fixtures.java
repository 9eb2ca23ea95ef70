package dev.labelj.results;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The real results files under src/test/resources (origins in SOURCES.md beside them). */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path file(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/dev/labelj/results/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }

    public static TrainingRun read(String name) {
        try {
            return ResultsCsv.read(file(name));
        } catch (Exception e) {
            throw new AssertionError("could not read fixture " + name, e);
        }
    }
}
