package dev.labelj.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a file held when it was read, to tell before a rewrite whether someone changed it since: a batch that
 * read an annotation, predicted for a while and then writes it back must not overwrite boxes edited by hand in
 * the meantime. Compares the bytes, not only the time: a quick edit can keep the modified time on coarse clocks.
 *
 * @param content the file's bytes, or empty when there was no file
 */
public record FileStamp(Optional<byte[]> content) {
    public static final FileStamp ABSENT = new FileStamp(Optional.empty());

    public static FileStamp of(Path file) throws AnnotationIoException {
        try {
            return new FileStamp(Optional.of(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return ABSENT;
        } catch (IOException e) {
            throw AnnotationIoException.of(file, AnnotationIoException.Kind.UNREADABLE,
                    "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** True when {@code file} holds now what it held when this stamp was taken (or is still absent). */
    public boolean stillMatches(Path file) throws AnnotationIoException {
        FileStamp now = of(file);
        if (content.isEmpty() || now.content.isEmpty()) {
            return content.isEmpty() && now.content.isEmpty();
        }
        return Arrays.equals(content.get(), now.content.get());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileStamp stamp && stamp.content.isPresent() == content.isPresent()
                && (content.isEmpty() || Arrays.equals(content.get(), stamp.content.get()));
    }

    @Override
    public int hashCode() {
        return content.map(Arrays::hashCode).orElse(0);
    }
}
