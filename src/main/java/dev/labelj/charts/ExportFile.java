package dev.labelj.charts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Writes an exported file (PNG, SVG, PDF, CSV) so that it is either the old file or the whole new
 * one: the bytes go to a temp file beside the target, are forced to disk, then moved over it.
 * A symlink is written through (the file it points to is replaced, the link stays); anything that
 * is not a regular file (a device, a FIFO, a folder) is refused. A new file gets the permissions
 * the user's umask gives; a replaced file keeps its own (docs/adr/0063-headless-outputs-and-partial-failures.md).
 */
public final class ExportFile {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes the content to a stream; the stream is closed by the caller. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ExportFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path real = writableTarget(target);
        Path temp = createTemp(real);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, real);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The file to replace: the target, or the file its symlink points to. Refuses anything else. */
    static Path writableTarget(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute) && !Files.exists(absolute)) {
            throw new IOException(target + " is a symlink to a missing file; not written");
        }
        Path real = Files.exists(absolute) ? absolute.toRealPath() : absolute;
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            throw new IOException(target + " is not a regular file (a folder, device or pipe); not written");
        }
        if (real.getParent() == null || !Files.isDirectory(real.getParent())) {
            throw new IOException("folder " + real.getParent() + " does not exist");
        }
        return real;
    }

    /**
     * Created like any new file (mode 0666 less the umask), not with createTempFile's private 0600:
     * an exported chart must be readable by whoever could read a file the user saved by hand.
     */
    private static Path createTemp(Path real) throws IOException {
        Path folder = real.getParent();
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve(".labelj-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw e;
            }
            if (Files.exists(real) && Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(real, LinkOption.NOFOLLOW_LINKS));
            }
            return temp;
        }
    }

    /** Atomic where the file system can; a plain replace where it refuses (some network and FAT drives). */
    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
