package dev.labelj.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Reads an annotation file whole, turning I/O failures into typed errors that name the file. */
public final class ReadFiles {
    /** Annotation files are small; anything larger is not one and is refused before it fills memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private ReadFiles() {
    }

    public static byte[] readAll(Path file) throws AnnotationIoException {
        try {
            // one look at the file instead of three: a batch reads thousands
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                // a FIFO would block the read for ever and /dev/zero would fill memory
                throw AnnotationIoException.of(file, AnnotationIoException.Kind.UNREADABLE,
                        "not a regular file (" + FileKinds.describe(file) + "): not an annotation file", null);
            }
            if (attributes.size() > MAX_BYTES) {
                throw AnnotationIoException.of(file, AnnotationIoException.Kind.UNREADABLE,
                        "larger than " + MAX_BYTES / (1024 * 1024) + " MB: not an annotation file", null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw AnnotationIoException.of(file, AnnotationIoException.Kind.NOT_FOUND, "file not found", e);
        } catch (AccessDeniedException e) {
            throw AnnotationIoException.of(file, AnnotationIoException.Kind.UNREADABLE,
                    "cannot read: permission denied", e);
        } catch (IOException | SecurityException e) {
            throw AnnotationIoException.of(file, AnnotationIoException.Kind.UNREADABLE, "cannot read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }
}
