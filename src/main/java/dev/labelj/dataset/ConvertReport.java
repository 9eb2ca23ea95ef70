package dev.labelj.dataset;

import dev.labelj.io.AnnotationWarning;
import java.nio.file.Path;
import java.util.List;

/** What a batch conversion did; {@code failures} name each file that could not be converted and why. */
public record ConvertReport(int images, int converted, int withoutAnnotation, List<Failure> failures,
                            List<AnnotationWarning> warnings) {
    public ConvertReport {
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    /** One file that could not be converted; the message names the file. */
    public record Failure(Path file, String message) {
    }

    public boolean allConverted() {
        return failures.isEmpty();
    }
}
