package dev.labelj.io;

import java.nio.file.Path;

/** Something a reader accepted but the user should know about (nothing was dropped or changed). */
public record AnnotationWarning(Path file, int line, Kind kind, String message) {
    public enum Kind {
        /** The file's size element disagrees with the real image; boxes are kept as written. */
        SIZE_MISMATCH,
        /** A YOLO class id beyond the class list; the box is kept with label {@code class_<id>}. */
        UNKNOWN_CLASS_ID,
        /** A box lies partly or wholly outside the image. */
        BOX_OUTSIDE_IMAGE,
        /** A box with zero width or height, or with xmax &lt; xmin / ymax &lt; ymin. */
        EMPTY_OR_SWAPPED_BOX,
        /** A box whose label is empty or only spaces; formats that store names keep it, YOLO refuses it. */
        EMPTY_LABEL,
        /** An entry that is not a box (e.g. a VOC object without bndbox); kept in the file, not shown. */
        NOT_A_BOX
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ", line " + line : "") + ": " + message;
    }
}
