package dev.labelj.results;

/** Which writer produced a results file; {@link #id()} is the name used in reports and JSON. */
public enum ResultsFormat {
    /** YOLOv5's CSV logger (padded headers, 0-based epochs). */
    YOLOV5("yolov5"),
    /** Ultralytics YOLOv8 and later (padded up to 8.3.8, unpadded with {@code time} since 8.3.9). */
    ULTRALYTICS("ultralytics"),
    /** The header-less whitespace {@code results.txt} of early YOLOv5 and YOLOv7. */
    RESULTS_TXT("results-txt"),
    /** Nothing to tell from: the file is empty. */
    UNKNOWN("unknown");

    private final String id;

    ResultsFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
