package dev.labelj.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the sample photographs (data/images) that a test may label and save beside. */
public final class SampleImages {
    private SampleImages() {
    }

    /** Copies the sample images into {@code home}/images and returns that folder. */
    public static Path copyInto(Path home) throws IOException {
        Path images = Files.createDirectories(home.resolve("images"));
        try (Stream<Path> files = Files.list(Path.of("data/images"))) {
            for (Path file : files.filter(f -> !f.toString().endsWith(".md")).toList()) {
                Files.copy(file, images.resolve(file.getFileName()));
            }
        }
        return images;
    }
}
