package dev.labelj.io;

import java.nio.file.Path;
import java.util.List;

/**
 * An image's annotation as found on disk: which format it was in and which file held it (which may be a
 * shared one-file CreateML export), so the UI can say where the boxes came from. When the image has
 * annotations in more than one format, {@code olderFiles} names the ones not read
 * (docs/adr/0131-two-formats-for-one-image.md).
 */
public record StoredAnnotation(AnnotationFormat format, Path file, AnnotationRead read, List<Path> olderFiles) {
    public StoredAnnotation {
        olderFiles = List.copyOf(olderFiles);
    }

    public StoredAnnotation(AnnotationFormat format, Path file, AnnotationRead read) {
        this(format, file, read, List.of());
    }
}
