package dev.labelj.results;

import java.nio.file.Path;

/** The file exists but cannot be read as training results at all (not a YOLO results layout). */
public final class ResultsReadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;

    public ResultsReadException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
