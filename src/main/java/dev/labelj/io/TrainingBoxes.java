package dev.labelj.io;

import dev.labelj.model.Box;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a box that cannot exist becomes in the formats trainers read (YOLO, COCO), as YOLOv5's own label
 * check expects (docs/adr/0053-boxes-trainers-cannot-use.md): a box reaching outside the image is clipped
 * to it; a box with no area left after clipping (zero-area, or wholly outside) is dropped. Each is said per
 * box. VOC and CreateML keep the file's values.
 */
public final class TrainingBoxes {
    /** Half of YOLO's last written decimal: a side shorter than this is written as 0.000000. */
    private static final double MIN_FRACTION = 0.0000005;

    private TrainingBoxes() {
    }

    /** The boxes to write, clipped and in order, and one warning for each box clipped or dropped. */
    public record Result(List<Box> boxes, List<AnnotationWarning> warnings) {
        public Result {
            boxes = List.copyOf(boxes);
            warnings = List.copyOf(warnings);
        }
    }

    public static Result clip(Path file, List<Box> boxes, ImageSize size) {
        List<Box> kept = new ArrayList<>();
        List<AnnotationWarning> warnings = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            double left = clamp(box.left(), size.width());
            double right = clamp(box.right(), size.width());
            double top = clamp(box.top(), size.height());
            double bottom = clamp(box.bottom(), size.height());
            String name = "box " + (i + 1) + " (" + InputText.shown(box.label()) + ")";
            if ((right - left) / size.width() < MIN_FRACTION || (bottom - top) / size.height() < MIN_FRACTION) {
                boolean outside = box.right() <= 0 || box.bottom() <= 0 || box.left() >= size.width()
                        || box.top() >= size.height();
                warnings.add(new AnnotationWarning(file, 0, outside ? AnnotationWarning.Kind.BOX_OUTSIDE_IMAGE
                        : AnnotationWarning.Kind.EMPTY_OR_SWAPPED_BOX, name + (outside
                        ? " lies entirely outside the " + size.width() + "x" + size.height() + " image"
                        : " has no area") + "; dropped (a trainer cannot use it)"));
                continue;
            }
            boolean clipped = left != box.left() || right != box.right() || top != box.top() || bottom != box.bottom();
            if (clipped && reachesOut(box, size)) {
                warnings.add(new AnnotationWarning(file, 0, AnnotationWarning.Kind.BOX_OUTSIDE_IMAGE, name
                        + " reaches outside the " + size.width() + "x" + size.height() + " image; clipped to it"));
            }
            kept.add(box.withCorners(left, top, right, bottom));
        }
        return new Result(kept, warnings);
    }

    /** More than the one-pixel VOC habit: a box at -0.5 or 640.5 is clipped without a warning. */
    private static boolean reachesOut(Box box, ImageSize size) {
        return box.left() < -1 || box.top() < -1 || box.right() > size.width() + 1 || box.bottom() > size.height() + 1;
    }

    private static double clamp(double value, int extent) {
        return Math.max(0.0, Math.min(extent, value));
    }
}
