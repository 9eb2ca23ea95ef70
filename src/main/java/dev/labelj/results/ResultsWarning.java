package dev.labelj.results;

/**
 * Something odd in a results file that did not stop it from being read. {@code line} is 1-based,
 * 0 when the warning concerns the whole file.
 */
public record ResultsWarning(Kind kind, int line, String message) {
    public enum Kind {
        EMPTY_FILE, NO_ROWS, RAGGED_ROW, PARTIAL_LAST_LINE, BAD_VALUE, REPEATED_HEADER,
        DUPLICATE_COLUMN, EPOCH_NOT_INCREASING, FINAL_REVALIDATION,
        /** nan or inf written as a value (a diverged loss, an empty validation): charted as a gap. */
        NON_FINITE,
        /** A finite value no trainer writes (a mAP of 1e300): kept, but left out of charts and of the best epoch. */
        IMPOSSIBLE_VALUE
    }

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
