package dev.labelj.dataset;

import dev.labelj.io.AnnotationWarning;
import java.nio.file.Path;
import java.util.List;

/**
 * What a batch conversion did. Every image is counted once: {@code converted + withoutAnnotation + kept +
 * failed == images}. {@code failures} names each image that failed and why, and also problems that belong to
 * no image (a folder that could not be scanned, a class file that could not be started).
 *
 * @param kept images whose annotation already existed in the output folder and was left as it was
 */
public record ConvertReport(int images, int converted, int withoutAnnotation, int kept, int failed,
                            List<Path> keptFiles, List<Failure> failures, List<AnnotationWarning> warnings) {
    public ConvertReport {
        keptFiles = List.copyOf(keptFiles);
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
