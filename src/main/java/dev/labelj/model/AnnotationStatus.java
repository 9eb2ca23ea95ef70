package dev.labelj.model;

/** What the file list shows beside an image: whether it has an annotation yet, and whether it was verified. */
public enum AnnotationStatus {
    NO_LABEL,
    LABELLED,
    VERIFIED,
    /** Annotated, with boxes a model proposed that nobody has reviewed yet. */
    PROPOSED,
    /** An annotation file exists but cannot be read (malformed); opening the image will say why. */
    UNREADABLE
}
