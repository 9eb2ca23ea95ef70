package dev.labelj.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a class edit or its undo did: the files written, those left alone with the reason, and the folder holding
 * the copies of the old files (empty for an undo, or when nothing was written).
 */
public record ClassEditResult(int written, List<ConvertReport.Failure> skipped, Optional<Path> backup) {
    public ClassEditResult {
        skipped = List.copyOf(skipped);
    }
}
