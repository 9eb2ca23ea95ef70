package dev.labelj.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A results file's size and modification time as seen at one moment: taken before a read, it tells a
 * watcher whether the file changed since. {@link #MISSING} when the file could not be looked at. (An
 * annotation file's stamp, {@code io.FileStamp}, also hashes its bytes; this package uses the JDK only.)
 */
public record SizeAndTime(long size, long modifiedMillis) {
    public static final SizeAndTime MISSING = new SizeAndTime(-1, -1);

    public static SizeAndTime of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new SizeAndTime(attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return MISSING;
        }
    }
}
