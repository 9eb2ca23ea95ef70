package dev.labelj.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one annotation file looked like when it was read: absent, or its size, modification time and a hash of
 * its bytes (docs/adr/0130-changed-on-disk.md). Two stamps show the same file when both are absent or both hold
 * the same bytes: a copy that kept the old time but changed the bytes is a change; a touch that kept the bytes
 * is not.
 */
public record FileStamp(Path file, boolean exists, long size, long modifiedMillis, String sha256) {
    /** The stamp of {@code file} now (links followed, as a reader follows them). */
    public static FileStamp of(Path file) throws IOException {
        return of(file, true);
    }

    private static FileStamp of(Path file, boolean hashed) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return new FileStamp(file, false, -1, 0, "");
        }
        if (!attributes.isRegularFile()) {
            // a folder or device named like an annotation: nothing a reader took boxes from
            return new FileStamp(file, true, -1, attributes.lastModifiedTime().toMillis(), "not a regular file");
        }
        long modified = attributes.lastModifiedTime().toMillis();
        return new FileStamp(file, true, attributes.size(), modified,
                hashed ? hash(Files.readAllBytes(file)) : "modified " + modified);
    }

    /**
     * Size and time only, for a shared export the window reads but never writes (it may hold a whole dataset):
     * its time stands in for the hash, so any rewrite counts as a change.
     */
    public static FileStamp withoutHash(Path file) throws IOException {
        return of(file, false);
    }

    /** Whether {@code now} shows the same content as this stamp (the time alone does not count). */
    public boolean sameContentAs(FileStamp now) {
        if (exists != now.exists) {
            return false;
        }
        return !exists || (size == now.size && sha256.equals(now.sha256));
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
