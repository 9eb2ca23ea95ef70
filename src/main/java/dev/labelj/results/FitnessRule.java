package dev.labelj.results;

/** How the best epoch is chosen. The default follows the writer of the file. */
public enum FitnessRule {
    /** YOLOv5 (and Ultralytics until 2024): 0.1·mAP@0.5 + 0.9·mAP@0.5:0.95, summed over B/M/P groups. */
    YOLOV5,
    /** Current Ultralytics: mAP@0.5:0.95 only, summed over groups. */
    MAP50_95,
    /** Classification as YOLOv5 picks it: top-1 accuracy. */
    TOP1,
    /** Classification as Ultralytics picks it: (top-1 + top-5) / 2. */
    TOP1_TOP5;

    public static FitnessRule defaultFor(TrainingRun run) {
        return run.task() == TrainingTask.CLASSIFY ? TOP1 : YOLOV5;
    }
}
