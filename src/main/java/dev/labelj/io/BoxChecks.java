package dev.labelj.io;

import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Notices boxes a trainer would choke on or silently drop: boxes reaching outside the image by more than
 * one pixel (one pixel is the 1-based VOC habit), boxes wholly outside it, and boxes with no area or with
 * their corners swapped (xmax &lt; xmin). Nothing is changed; the user is told.
 */
public final class BoxChecks {
    private static final double TOLERANCE_PX = 1.0;
    /** What happens to a box with swapped corners: said only where it is true for the format at hand. */
    public static final String SWAPPED_READ = "";
    public static final String SWAPPED_ORDERED = "; written with ordered edges";
    public static final String SWAPPED_AS_IS = "; written as it is";

    private BoxChecks() {
    }

    /** The problem boxes of {@code annotation}; only the image-free checks when it does not know its size. */
    public static List<AnnotationWarning> problems(Path file, ImageAnnotation annotation) {
        return problems(file, annotation, SWAPPED_READ);
    }

    public static List<AnnotationWarning> problems(Path file, ImageAnnotation annotation, String swappedNote) {
        return annotation.size().map(size -> problems(file, annotation.boxes(), size, swappedNote))
                .orElseGet(() -> shapeProblems(file, annotation.boxes(), swappedNote));
    }

    public static List<AnnotationWarning> problems(Path file, List<Box> boxes, ImageSize size, String swappedNote) {
        List<AnnotationWarning> warnings = new ArrayList<>(shapeProblems(file, boxes, swappedNote));
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            boolean wholly = box.right() <= 0 || box.bottom() <= 0 || box.left() >= size.width()
                    || box.top() >= size.height();
            if (wholly || box.left() < -TOLERANCE_PX || box.top() < -TOLERANCE_PX
                    || box.right() > size.width() + TOLERANCE_PX || box.bottom() > size.height() + TOLERANCE_PX) {
                warnings.add(new AnnotationWarning(file, 0, AnnotationWarning.Kind.BOX_OUTSIDE_IMAGE,
                        describe(i, box) + (wholly ? " lies entirely outside the " : " reaches outside the ")
                                + size.width() + "x" + size.height() + " image"));
            }
        }
        return warnings;
    }

    /** Only the boxes with swapped corners, for writers that decide about the other problems themselves. */
    public static List<AnnotationWarning> swapped(Path file, List<Box> boxes, String swappedNote) {
        return shapeProblems(file, boxes, swappedNote).stream()
                .filter(w -> w.message().contains("corners swapped")).toList();
    }

    private static List<AnnotationWarning> shapeProblems(Path file, List<Box> boxes, String swappedNote) {
        List<AnnotationWarning> warnings = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            if (box.xMax() < box.xMin() || box.yMax() < box.yMin()) {
                warnings.add(new AnnotationWarning(file, 0, AnnotationWarning.Kind.EMPTY_OR_SWAPPED_BOX,
                        describe(i, box) + " has its corners swapped (max < min)" + swappedNote));
            } else if (box.right() - box.left() <= 0 || box.bottom() - box.top() <= 0) {
                warnings.add(new AnnotationWarning(file, 0, AnnotationWarning.Kind.EMPTY_OR_SWAPPED_BOX,
                        describe(i, box) + " has no area (zero width or height)"));
            }
        }
        return warnings;
    }

    private static String describe(int index, Box box) {
        return "box " + (index + 1) + " (" + InputText.shown(box.label()) + ")";
    }
}
