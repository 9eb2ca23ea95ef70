package dev.labelj.assist;

/**
 * A decoded box before NMS and mapping back, in the model's input pixels (corners ordered).
 *
 * @param modelClass the model's class id
 */
record Candidate(double x1, double y1, double x2, double y2, double score, int modelClass) {
    double area() {
        return Math.max(0, x2 - x1) * Math.max(0, y2 - y1);
    }

    double iou(Candidate other) {
        double w = Math.min(x2, other.x2) - Math.max(x1, other.x1);
        double h = Math.min(y2, other.y2) - Math.max(y1, other.y1);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double inter = w * h;
        return inter / (area() + other.area() - inter);
    }

    static Candidate ofCentre(double cx, double cy, double w, double h, double score, int modelClass) {
        return new Candidate(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, score, modelClass);
    }
}
