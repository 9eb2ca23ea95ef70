package dev.labelj.io;

import java.nio.file.Files;
import java.nio.file.Path;

/** Says in words what a path is, for messages about a path that is not the regular file it should be. */
public final class FileKinds {
    private FileKinds() {
    }

    public static String describe(Path path) {
        if (Files.isDirectory(path)) {
            return "a folder";
        }
        if (!Files.exists(path)) {
            return Files.isSymbolicLink(path) ? "a broken link" : "missing";
        }
        if (Files.isRegularFile(path)) {
            return "a file";
        }
        return Files.isSymbolicLink(path) ? "a link to a device, pipe or socket" : "a device, pipe or socket";
    }
}
