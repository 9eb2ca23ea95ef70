package dev.labelj.io;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The real annotation files from other tools under src/test/resources/fixtures/annotations (see SOURCES.md). */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path annotations() {
        URL url = Fixtures.class.getResource("/fixtures/annotations/SOURCES.md");
        if (url == null) {
            throw new IllegalStateException("test fixtures are missing from the class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path annotation(String relative) {
        return annotations().resolve(relative);
    }
}
