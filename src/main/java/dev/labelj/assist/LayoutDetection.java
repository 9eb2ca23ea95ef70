package dev.labelj.assist;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Decides a model's layout from its output shape, and the class count when the names are known
 * (docs/adr/0120-onnx-models-and-their-layouts.md). A dimension that is dynamic is -1.
 */
final class LayoutDetection {
    /** End-to-end exports keep at most this many boxes (300 by default); YOLOv5 has thousands of anchors. */
    private static final int MAX_END_TO_END_ROWS = 1000;
    private static final int RT_DETR_QUERIES = 300;
    /** Ultralytics' {@code task} metadata of models whose box rows carry more than class scores. */
    private static final java.util.Set<String> EXTRA_ROW_TASKS = java.util.Set.of("segment", "pose");

    private LayoutDetection() {
    }

    /** The layout and its class count. */
    record Detected(ModelLayout layout, int classCount) {
    }

    /**
     * @param namedClasses how many classes the metadata names, or empty
     * @throws IllegalArgumentException with the reason when the shape fits no layout
     */
    static Detected detect(long[] output, Optional<Integer> namedClasses, Map<String, String> metadata) {
        if (output.length != 3 || output[0] > 1) {
            throw new IllegalArgumentException("the output is not [1, rows, columns]");
        }
        long rows = output[1];
        long columns = output[2];
        if (isRtDetr(metadata) && columns > 4) {
            return checked(ModelLayout.RT_DETR, (int) columns - 4, namedClasses);
        }
        boolean endToEndFlag = "true".equalsIgnoreCase(metadata.getOrDefault("end2end", "").trim());
        if (columns == 6 && (endToEndFlag || rows > 0 && rows <= MAX_END_TO_END_ROWS)) {
            return new Detected(ModelLayout.END_TO_END, namedClasses.orElse(0));
        }
        // segmentation and pose exports put mask coefficients or keypoints after the class scores
        boolean extraRows = namedClasses.isPresent()
                && EXTRA_ROW_TASKS.contains(metadata.getOrDefault("task", "").strip());
        if (rows > 4 && (columns < 0 || rows < columns)) {
            return extraRows && rows > 4 + namedClasses.get()
                    ? new Detected(ModelLayout.YOLOV8, namedClasses.get())
                    : checked(ModelLayout.YOLOV8, (int) rows - 4, namedClasses);
        }
        if (columns <= 4) {
            throw new IllegalArgumentException("the output has too few columns for boxes and scores");
        }
        if (namedClasses.isPresent()) {
            int named = namedClasses.get();
            if (columns == 4 + named) {
                return new Detected(ModelLayout.RT_DETR, named);
            }
            if (extraRows && columns > 5 + named) {
                return new Detected(ModelLayout.YOLOV5, named);
            }
            return checked(ModelLayout.YOLOV5, (int) columns - 5, namedClasses);
        }
        return rows == RT_DETR_QUERIES ? new Detected(ModelLayout.RT_DETR, (int) columns - 4)
                : checked(ModelLayout.YOLOV5, (int) columns - 5, namedClasses);
    }

    /**
     * Ultralytics writes the model's file stem into the description ("Ultralytics rtdetr-l model ..."): the one way
     * to tell a 2-class RT-DETR, {@code [1, 300, 6]}, from an end-to-end YOLO of the same shape.
     */
    private static boolean isRtDetr(Map<String, String> metadata) {
        return metadata.getOrDefault("description", "").toLowerCase(java.util.Locale.ROOT).contains("detr");
    }

    private static Detected checked(ModelLayout layout, int classCount, Optional<Integer> namedClasses) {
        if (classCount < 1) {
            throw new IllegalArgumentException("the output has no class scores");
        }
        if (namedClasses.isPresent() && namedClasses.get() != classCount) {
            throw new IllegalArgumentException("the output scores " + classCount + " classes (as "
                    + layout.displayName() + ") but the metadata names " + namedClasses.get());
        }
        return new Detected(layout, classCount);
    }

    /** The message for a model that fits no layout: its shapes and the ones LabelJ reads. */
    static String refusal(long[] input, long[] output, String reason) {
        return "not a detection model LabelJ can read (" + reason + "): input " + shape(input) + ", output "
                + shape(output) + "; expected YOLOv5 [1, N, 5+nc], YOLOv8/YOLO11 [1, 4+nc, N],"
                + " end-to-end [1, K, 6] or RT-DETR [1, 300, 4+nc]";
    }

    static String shape(long[] dims) {
        return Arrays.toString(Arrays.stream(dims).mapToObj(d -> d < 0 ? "?" : Long.toString(d)).toArray());
    }
}
