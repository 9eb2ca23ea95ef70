package dev.labelj.io;

import java.nio.file.Path;

/**
 * An image's annotation as found on disk: which format it was in and which file held it (which may be a
 * shared one-file CreateML export), so the UI can say where the boxes came from.
 */
public record StoredAnnotation(AnnotationFormat format, Path file, AnnotationRead read) {
}
