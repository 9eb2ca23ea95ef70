package dev.labelj.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the sample photographs (data/images) and their boxes that a test may label and save beside. */
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

    /** Copies the sample images' annotations (data/annotations, Pascal VOC) into {@code folder}, made if missing. */
    public static Path copyAnnotationsInto(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(Path.of("data/annotations"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }
}
