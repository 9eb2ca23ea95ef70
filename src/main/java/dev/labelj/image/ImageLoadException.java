package dev.labelj.image;

import java.nio.file.Path;

/**
 * An image that could not be read or decoded. The message names the file and says why in English;
 * {@link #reason()} lets the user interface say the same in the user's language.
 */
public final class ImageLoadException extends Exception {
    /** Why a file could not be shown. */
    public enum Reason {
        /** The file could not be read (missing, no permission, I/O error). */
        UNREADABLE,
        /** The file has 0 bytes. */
        EMPTY,
        /** The bytes are not an image OpenCV can decode (corrupt, or not an image at all). */
        NOT_AN_IMAGE,
        /** The image data stops before its end marker. */
        TRUNCATED,
        /** The image is too large to decode even at the smallest reduction. */
        TOO_LARGE
    }

    private final transient Path file;
    private final Reason reason;

    public ImageLoadException(Path file, Reason reason, String detail) {
        this(file, reason, detail, null);
    }

    public ImageLoadException(Path file, Reason reason, String detail, Throwable cause) {
        super(file.getFileName() + ": " + detail, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
