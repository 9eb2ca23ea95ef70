package dev.labelj.assist;

/**
 * How a detection model lays out its one output tensor (docs/adr/0120-onnx-models-and-their-layouts.md).
 * Each has its own decoder; only the YOLO layouts need non-maximum suppression.
 */
public enum ModelLayout {
    /** YOLOv5: {@code [1, N, 5+nc]}: cx, cy, w, h (input pixels), objectness, class scores. */
    YOLOV5("YOLOv5", true, false),
    /** YOLOv8 / YOLO11: {@code [1, 4+nc, N]}: cx, cy, w, h (input pixels), class scores; no objectness. */
    YOLOV8("YOLOv8 / YOLO11", true, false),
    /** YOLOv10, YOLO26 and {@code nms=True} exports: {@code [1, K, 6]}: x1, y1, x2, y2, score, class. */
    END_TO_END("end-to-end (YOLOv10 / YOLO26)", false, false),
    /** RT-DETR: {@code [1, 300, 4+nc]}: cx, cy, w, h normalised to the input, class scores; stretched input. */
    RT_DETR("RT-DETR", false, true);

    private final String displayName;
    private final boolean needsNms;
    private final boolean stretchesInput;

    ModelLayout(String displayName, boolean needsNms, boolean stretchesInput) {
        this.displayName = displayName;
        this.needsNms = needsNms;
        this.stretchesInput = stretchesInput;
    }

    public String displayName() {
        return displayName;
    }

    /** True when overlapping boxes of one class must be suppressed after decoding. */
    public boolean needsNms() {
        return needsNms;
    }

    /**
     * True when the picture is resized to the input without keeping its aspect (RT-DETR, as Ultralytics feeds it);
     * the YOLO layouts are letterboxed.
     */
    public boolean stretchesInput() {
        return stretchesInput;
    }
}
