package dev.labelj.io;

import dev.labelj.model.AnnotationStatus;
import java.util.Optional;

/**
 * What the file list shows for an image: its status mark and, for an unreadable annotation, the reader's
 * message naming the file and the problem, for the mark's tooltip.
 */
public record AnnotationState(AnnotationStatus status, Optional<String> problem) {
    public static AnnotationState of(AnnotationStatus status) {
        return new AnnotationState(status, Optional.empty());
    }
}
