package dev.labelj.dataset;

import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationWarning;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One image of a dataset as a batch tool sees it: its real size (or why it has none), the annotation file
 * found for it and what reading that file gave (the annotation, or the typed error).
 *
 * @param annotationFile the file read, when one exists in the dataset's format
 */
public record DatasetItem(Path image, Optional<ImageSize> size, Optional<String> imageProblem,
                          Optional<AnnotationFormat> format, Optional<Path> annotationFile,
                          Optional<ImageAnnotation> annotation, Optional<AnnotationIoException> readError,
                          List<AnnotationWarning> warnings) {
    public DatasetItem {
        warnings = List.copyOf(warnings);
    }

    public boolean labelled() {
        return annotation.isPresent();
    }
}
