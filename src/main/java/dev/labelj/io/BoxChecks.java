package dev.labelj.io;

import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Notices boxes that reach outside the image by more than one pixel (one pixel is the 1-based VOC habit). */
public final class BoxChecks {
    private static final double TOLERANCE_PX = 1.0;

    private BoxChecks() {
    }

    /** The boxes of {@code annotation} outside its image; none when the annotation does not know its size. */
    public static List<AnnotationWarning> outside(Path file, ImageAnnotation annotation) {
        return annotation.size().map(size -> outside(file, annotation.boxes(), size)).orElse(List.of());
    }

    public static List<AnnotationWarning> outside(Path file, List<Box> boxes, ImageSize size) {
        List<AnnotationWarning> warnings = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            if (box.left() < -TOLERANCE_PX || box.top() < -TOLERANCE_PX
                    || box.right() > size.width() + TOLERANCE_PX || box.bottom() > size.height() + TOLERANCE_PX) {
                warnings.add(new AnnotationWarning(file, 0, AnnotationWarning.Kind.BOX_OUTSIDE_IMAGE,
                        "box " + (i + 1) + " (" + box.label() + ") reaches outside the "
                                + size.width() + "x" + size.height() + " image"));
            }
        }
        return warnings;
    }
}
