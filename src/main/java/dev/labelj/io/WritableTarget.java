package dev.labelj.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The file a save may replace: the target itself, or the file its symlink points to, so a dataset whose label
 * files are links keeps its links and the linked files get the boxes. A file without any write permission is the
 * user saying "do not change this": it is refused even where the process could replace it (root, or an owner of
 * the folder), as a rename would. Anything that is not a regular file is refused too.
 */
final class WritableTarget {
    private static final Set<PosixFilePermission> WRITE_BITS = Set.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private WritableTarget() {
    }

    static Path of(Path target) throws AnnotationIoException {
        Path absolute = target.toAbsolutePath();
        if (!Files.exists(absolute)) {
            if (Files.isSymbolicLink(absolute)) {
                throw refused(target, "is a symbolic link to a missing file; not written");
            }
            return absolute;
        }
        try {
            Path real = absolute.toRealPath();
            if (!Files.isRegularFile(real)) {
                throw refused(target, "is not a regular file (a folder, device or pipe); not written");
            }
            if (isWriteProtected(real)) {
                throw refused(target, "is write-protected; not changed (make it writable to save here)");
            }
            return real;
        } catch (IOException e) {
            throw AnnotationIoException.of(target, AnnotationIoException.Kind.WRITE_FAILED,
                    "cannot be resolved before writing (" + e.getMessage() + "); not written", e);
        }
    }

    private static boolean isWriteProtected(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (posix == null) {
            return false;
        }
        Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
        return permissions.stream().noneMatch(WRITE_BITS::contains);
    }

    private static AnnotationIoException refused(Path target, String reason) {
        return AnnotationIoException.of(target, AnnotationIoException.Kind.WRITE_FAILED, reason, null);
    }
}
