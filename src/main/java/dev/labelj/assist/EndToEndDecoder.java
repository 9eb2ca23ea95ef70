package dev.labelj.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * {@code [1, K, 6]}: x1, y1, x2, y2 (input pixels), score, class id. The model has already removed duplicates
 * (YOLOv10, YOLO26, {@code nms=True} exports): running NMS again would only drop boxes it meant.
 */
final class EndToEndDecoder implements OutputDecoder {
    @Override
    public List<Candidate> decode(float[] output, int rows, int columns, double confidence, IntPredicate classes) {
        List<Candidate> found = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int at = r * columns;
            float score = output[at + 4];
            int modelClass = Math.round(output[at + 5]);
            if (score > confidence && modelClass >= 0 && classes.test(modelClass)) {
                found.add(new Candidate(Math.min(output[at], output[at + 2]), Math.min(output[at + 1], output[at + 3]),
                        Math.max(output[at], output[at + 2]), Math.max(output[at + 1], output[at + 3]), score,
                        modelClass));
            }
        }
        return found;
    }
}
