package dev.labelj.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders a command makes for its own scratch files, deleted with everything in them when it is done. */
public final class ScratchFolders {
    private ScratchFolders() {
    }

    /** Deletes {@code folder} and all below it, deepest first; links are deleted, never followed. */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
