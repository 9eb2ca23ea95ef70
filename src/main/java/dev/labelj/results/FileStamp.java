package dev.labelj.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file's size and modification time as seen at one moment: taken before a read, it tells a
 * watcher whether the file changed since. {@link #MISSING} when the file could not be looked at.
 */
public record FileStamp(long size, long modifiedMillis) {
    public static final FileStamp MISSING = new FileStamp(-1, -1);

    public static FileStamp of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return MISSING;
        }
    }
}
