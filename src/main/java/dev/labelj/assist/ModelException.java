package dev.labelj.assist;

import java.nio.file.Path;

/** A model file that cannot be used, with a message naming the file and what is wrong with it. */
public final class ModelException extends Exception {
    private final transient Path file;

    public ModelException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public ModelException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
