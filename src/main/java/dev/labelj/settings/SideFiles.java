package dev.labelj.settings;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Files kept next to the settings file: backups, files set aside as corrupt, leftover temp files. */
final class SideFiles {
    /** The time in a side file's name; the formatter is made when a name is, not at every start (about 8 ms). */
    private static final String STAMP = "yyyyMMdd-HHmmss";
    private static final Duration STALE_TEMP_AGE = Duration.ofMinutes(1);

    private SideFiles() {
    }

    /** Renames {@code file} to {@code <name>.<kind>-<timestamp>} (with -2, -3… if taken). */
    static Path moveAside(Path file, String kind) throws IOException {
        return toFreeSideName(file, kind, Files::move);
    }

    /** Copies {@code file} to {@code <name>.<kind>-<timestamp>} (with -2, -3… if taken). */
    static Path copyAside(Path file, String kind) throws IOException {
        return toFreeSideName(file, kind, Files::copy);
    }

    /** What to do with the file once a free name is found; must fail if the name exists by then. */
    private interface Transfer {
        Path apply(Path from, Path to) throws IOException;
    }

    private static Path toFreeSideName(Path file, String kind, Transfer transfer) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path target = sideName(file, kind, attempt);
            if (!Files.exists(target)) {
                try {
                    return transfer.apply(file, target);
                } catch (FileAlreadyExistsException e) {
                    // Another process took the name between the check and the transfer; try the next.
                }
            }
        }
    }

    private static Path sideName(Path file, String kind, int attempt) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern(STAMP));
        String name = file.getFileName() + "." + kind + "-" + stamp + (attempt == 1 ? "" : "-" + attempt);
        return file.resolveSibling(name);
    }

    /**
     * A process killed mid-save leaves its temp file behind; remove those that are clearly abandoned
     * (old enough that no running instance is still writing them).
     */
    static void deleteStaleTemps(Path file) {
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        String glob = file.getFileName() + ".*.tmp";
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE_TEMP_AGE));
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, glob)) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).compareTo(cutoff) < 0) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            // Leftover temp files are harmless; the settings themselves are unaffected.
        }
    }
}
