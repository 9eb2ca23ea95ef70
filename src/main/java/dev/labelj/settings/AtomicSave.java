package dev.labelj.settings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a reader, or a crash at any instant, sees either the old bytes or the new
 * ones: write a temp file in the same folder, force it to disk, then rename it over the target.
 */
final class AtomicSave {
    private AtomicSave() {
    }

    static void write(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, target.getFileName() + ".", ".tmp");
        } catch (FileSystemException e) {
            // the exception names only a temp file; name the folder the user can act on
            throw new FileSystemException(folder.toString(), null, "cannot write in this folder ("
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()) + ")");
        }
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network and FAT file systems: a plain replace is the best they offer.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
