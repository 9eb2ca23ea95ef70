package dev.labelj.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Why the settings file could not be used as usual. The store has already fallen back to defaults, except
 * for {@link Kind#NEWER_VERSION}, whose known values are used.
 *
 * @param file the settings file
 * @param movedTo where the bad file was moved, or null if it could not be moved (then nothing is saved
 *     over it during this run)
 * @param detail the parser's or file system's own words, for the curious
 */
public record LoadProblem(Kind kind, Path file, Path movedTo, String detail) {
    public enum Kind {
        /** Zero bytes or only whitespace (for instance a write cut short by a crash in another tool). */
        EMPTY,
        /** Not valid JSON, truncated, or values of the wrong type. */
        MALFORMED,
        /** Exists but cannot be read (no permission, an I/O error). */
        UNREADABLE,
        /**
         * A folder, device or pipe where the file should be: never read, moved or written over during this run
         * (the launcher refuses it before this, with exit code 2).
         */
        NOT_A_FILE,
        /** Larger than any settings file LabelJ writes: set aside unread, so a start never runs out of memory. */
        TOO_LARGE,
        /**
         * Written by a newer LabelJ: read as far as its keys are known, and never saved over during this
         * run, so the newer version's keys survive.
         */
        NEWER_VERSION
    }

    public Optional<Path> movedToIfAny() {
        return Optional.ofNullable(movedTo);
    }
}
