package dev.labelj.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A folder or image the user opened, with the class file and save dir it was opened with.
 *
 * @param path absolute, normalised folder or image file
 * @param classFile the class file used with it, or null
 * @param saveDir the annotation folder used with it, or null (next to the images)
 */
public record RecentEntry(Path path, Path classFile, Path saveDir) {
    public RecentEntry {
        path = normalise(path);
        classFile = normalise(classFile);
        saveDir = normalise(saveDir);
    }

    public static RecentEntry of(Path path) {
        return new RecentEntry(path, null, null);
    }

    public Optional<Path> classFileIfAny() {
        return Optional.ofNullable(classFile);
    }

    public Optional<Path> saveDirIfAny() {
        return Optional.ofNullable(saveDir);
    }

    static Path normalise(Path path) {
        return path == null ? null : path.toAbsolutePath().normalize();
    }
}
