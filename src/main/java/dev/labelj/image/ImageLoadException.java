package dev.labelj.image;

import java.nio.file.Path;

/** An image that could not be read or decoded; the message names the file and says why. */
public final class ImageLoadException extends Exception {
    private final transient Path file;

    public ImageLoadException(Path file, String reason) {
        super(file.getFileName() + ": " + reason);
        this.file = file;
    }

    public ImageLoadException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
