package dev.labelj.io;

import dev.labelj.model.ImageAnnotation;
import java.util.List;

/** What a reader produced: the annotation, exactly as the file says, plus anything worth a warning. */
public record AnnotationRead(ImageAnnotation annotation, List<AnnotationWarning> warnings) {
    public AnnotationRead {
        warnings = List.copyOf(warnings);
    }
}
