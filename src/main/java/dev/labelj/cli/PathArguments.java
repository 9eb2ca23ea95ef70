package dev.labelj.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks of path options that say what is wrong in words: an empty argument, a file given for a folder. */
final class PathArguments {
    private PathArguments() {
    }

    /**
     * The first option given as "" (which would mean the current folder, so {@code --images "" --out ""}
     * would convert a folder into itself); null values are options not given.
     */
    static Optional<String> firstEmpty(String[] names, Path... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && values[i].toString().isBlank()) {
                return Optional.of(names[i] + " is empty; give a folder or file name");
            }
        }
        return Optional.empty();
    }

    static Optional<String> folder(String what, Path path) {
        if (Files.isDirectory(path)) {
            return Optional.empty();
        }
        if (Files.exists(path)) {
            return Optional.of(what + " is a file, not a folder: " + path);
        }
        return Optional.of(what + " not found: " + path);
    }

    /** Whether two paths name the same folder (an existing folder by identity, else by normalised path). */
    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (java.io.IOException | SecurityException e) {
            // fall back to comparing the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
