package dev.labelj.image;

/** What the file list shows beside an image: whether it has an annotation yet, and whether it was verified. */
public enum AnnotationStatus {
    NO_LABEL,
    LABELLED,
    VERIFIED
}
