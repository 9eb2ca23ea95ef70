package dev.labelj.io;

import dev.labelj.model.Box;
import java.nio.file.Path;
import java.util.List;

/**
 * Boxes without a name (docs/adr/0050-empty-labels.md): VOC and CreateML keep them as written, YOLO
 * cannot give them an id; the reader says so, naming the box, so the user learns it before a conversion.
 */
public final class EmptyLabels {
    private EmptyLabels() {
    }

    /** A warning for box number {@code boxNumber} (1-based) when its label is blank, else nothing. */
    public static List<AnnotationWarning> check(Path file, int line, int boxNumber, Box box) {
        if (!box.label().isBlank()) {
            return List.of();
        }
        return List.of(new AnnotationWarning(file, line, AnnotationWarning.Kind.EMPTY_LABEL, "box " + boxNumber
                + " has an empty label; it is kept as written, but YOLO cannot give it a class id"));
    }
}
