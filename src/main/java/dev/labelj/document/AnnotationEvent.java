package dev.labelj.document;

import dev.labelj.model.ImageAnnotation;

/**
 * What changed in an {@link AnnotationDocument}: one record for every kind of change, so a listener (canvas,
 * box list, title, actions) reacts to all of them in one place and can compare the two states itself.
 *
 * @param before the document's annotation before the change; null when there was no image
 * @param after  the annotation after it; null after {@link Kind#CLEARED}. For {@link Kind#SAVED} both are
 *               the saved snapshots (before: what was on disk, after: what was just written)
 */
public record AnnotationEvent(Kind kind, ImageAnnotation before, ImageAnnotation after) {
    public enum Kind {
        /** A new image's annotation was loaded (editable or read-only); the undo history was cleared. */
        LOADED,
        /** The image was closed: no annotation is open any more. */
        CLEARED,
        /** The user changed the boxes or the verified flag. */
        EDITED,
        UNDO,
        REDO,
        /** A snapshot was written to disk; dirty may still be true if the user edited during the save. */
        SAVED
    }
}
