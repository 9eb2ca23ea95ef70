package dev.labelj.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An annotation file that could not be read or written. The message names the file and, where it
 * applies, the line and element, so the user can open the file and find the problem.
 */
public final class AnnotationIoException extends Exception {
    /** What went wrong, for callers that react differently (e.g. a missing entry is "not annotated"). */
    public enum Kind {
        MALFORMED, NOT_FOUND, NO_ENTRY, UNREADABLE, WRITE_FAILED, MISSING_IMAGE_SIZE,
        /** A save found the file changed since it was read (docs/adr/0130-changed-on-disk.md); nothing written. */
        CHANGED_ON_DISK,
        /** A save found the image itself gone (its folder renamed or deleted); nothing written. */
        IMAGE_GONE
    }

    private final transient Path file;
    private final Kind kind;
    private final int line;
    private final String element;

    public AnnotationIoException(Path file, Kind kind, int line, String element, String reason, Throwable cause) {
        super(describe(file, line, element, reason), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.kind = kind;
        this.line = line;
        this.element = element == null ? "" : element;
    }

    public static AnnotationIoException malformed(Path file, int line, String element, String reason) {
        return new AnnotationIoException(file, Kind.MALFORMED, line, element, reason, null);
    }

    public static AnnotationIoException of(Path file, Kind kind, String reason, Throwable cause) {
        return new AnnotationIoException(file, kind, 0, "", reason, cause);
    }

    private static String describe(Path file, int line, String element, String reason) {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            text.append(", line ").append(line);
        }
        if (element != null && !element.isEmpty()) {
            text.append(", element <").append(element).append('>');
        }
        return text.append(": ").append(reason).toString();
    }

    public Path file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    /** 1-based line, or 0 when the problem is not tied to a line. */
    public int line() {
        return line;
    }

    /** The element path (e.g. {@code object/bndbox/xmin}), or "". */
    public String element() {
        return element;
    }
}
