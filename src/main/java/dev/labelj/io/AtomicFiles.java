package dev.labelj.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the bytes go
 * to a temp file in the same folder, are forced to disk, then moved over the target in one step.
 * A batch of many small files may leave the forcing to its end ({@link Durability#AT_THE_END}): each file is
 * still replaced in one step, and {@link #forceFolders} then forces the folders the batch wrote
 * (docs/adr/0057-bulk-output-forced-at-the-end.md).
 */
public final class AtomicFiles {
    /** When the bytes of a file are forced to the disk. */
    public enum Durability {
        /** Before the file replaces the old one: after a crash the file is the old one or the new one. */
        EACH_FILE,
        /** By the batch, at its end ({@link #forceFolders}): a crash soon after may leave files of it empty. */
        AT_THE_END
    }

    /** Whether a folder's file store keeps POSIX permissions, per folder written into by this process. */
    private static final java.util.Map<Path, Boolean> POSIX_FOLDERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");
    private static final Set<StandardOpenOption> NEW_FILE = Set.of(StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
    private static final int TEMP_ATTEMPTS = 10;

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws AnnotationIoException {
        write(target, content, Durability.EACH_FILE);
    }

    /**
     * A symlinked {@code target} is written through: the file it points to is replaced and the link stays. A
     * write-protected file, a link to nothing and a folder or device in the file's place are refused, unchanged.
     */
    public static void write(Path target, byte[] content, Durability durability) throws AnnotationIoException {
        Path temp = null;
        Path file = WritableTarget.of(target);
        try {
            Path folder = file.toAbsolutePath().getParent();
            TempFile created = createTemp(folder, file);
            temp = created.path();
            try (FileChannel channel = created.channel()) {
                givePermissions(temp, file);
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (durability == Durability.EACH_FILE) {
                    channel.force(true);
                }
            }
            move(temp, file);
            temp = null;
        } catch (IOException | SecurityException e) {
            throw AnnotationIoException.of(target, AnnotationIoException.Kind.WRITE_FAILED,
                    "cannot write (" + reason(e) + "); the previous file, if any, is unchanged", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** A new temp file, open for writing: made and opened in one step, as a batch writes thousands. */
    private record TempFile(Path path, FileChannel channel) {
    }

    /**
     * The temp file beside {@code target}, private (0600) where the folder keeps POSIX permissions; the folder
     * is made only when it is missing.
     */
    private static TempFile createTemp(Path folder, Path target) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
        StaleTempFiles.cleanOnce(folder);
        FileAttribute<?>[] attributes = isPosix(folder)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PRIVATE)} : new FileAttribute<?>[0];
        for (int attempt = 1; ; attempt++) {
            Path path = folder.resolve(StaleTempFiles.prefixFor(target)
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return new TempFile(path, FileChannel.open(path, NEW_FILE, attributes));
            } catch (FileAlreadyExistsException e) {
                if (attempt == TEMP_ATTEMPTS) {
                    throw e;
                }
            } catch (NoSuchFileException e) {
                // the folder was removed in the meantime: make it again, once
                if (attempt > 1) {
                    throw e;
                }
                Files.createDirectories(folder);
            }
        }
    }

    /**
     * The end of a batch written with {@link Durability#AT_THE_END}: forces the entries of the folders it wrote,
     * so the new names are on the disk when the batch reports it is done. The files' bytes are left to the
     * system's own write-back (seconds): forcing each one costs a disk flush per file, which is most of a batch's
     * time. Quiet where a folder cannot be opened as a file (some systems).
     */
    public static void forceFolders(java.util.Collection<Path> folders) {
        for (Path folder : folders) {
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException | SecurityException e) {
                // the files were written; only the extra assurance is missing
            }
        }
    }

    /**
     * A temp file is private (0600); the written file must stay readable the way the old one was,
     * or as a newly created file normally is (0644), so trainers running as another user can read it.
     */
    private static void givePermissions(Path temp, Path target) throws IOException {
        if (!isPosix(temp.toAbsolutePath().getParent())) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static boolean isPosix(Path folder) throws IOException {
        Boolean posix = POSIX_FOLDERS.get(folder);
        if (posix == null) {
            // looking up a file's store reads the system's whole mount table: once per folder, not per file
            posix = Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
            POSIX_FOLDERS.put(folder, posix);
        }
        return posix;
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied in " + e.getMessage().replaceFirst("[/\\\\][^/\\\\]*$", "");
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the write already failed and says so; a stray temp file is the lesser problem
        }
    }
}
