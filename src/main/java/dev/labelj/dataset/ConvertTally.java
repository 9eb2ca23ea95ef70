package dev.labelj.dataset;

import dev.labelj.io.AnnotationWarning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Running counts of one conversion; each image lands in exactly one count. */
final class ConvertTally {
    int converted;
    int withoutAnnotation;
    int kept;
    int failed;
    final List<Path> keptFiles = new ArrayList<>();
    final List<ConvertReport.Failure> failures = new ArrayList<>();
    final List<AnnotationWarning> warnings = new ArrayList<>();

    void fail(Path file, String message) {
        failed++;
        failures.add(new ConvertReport.Failure(file, message));
    }

    ConvertReport report(int images) {
        return new ConvertReport(images, converted, withoutAnnotation, kept, failed, keptFiles, failures, warnings);
    }
}
