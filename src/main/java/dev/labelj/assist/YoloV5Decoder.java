package dev.labelj.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * {@code [1, N, 5+nc]}: one row per anchor; cx, cy, w, h, objectness, nc class scores. The score is objectness
 * times the class score, as YOLOv5's own NMS computes it; a row whose objectness alone is too low is skipped first.
 */
final class YoloV5Decoder implements OutputDecoder {
    /** Scores of this many classes follow the box; rows after them (mask coefficients, keypoints) are not read. */
    private final int classCount;

    YoloV5Decoder(int classCount) {
        this.classCount = classCount;
    }

    @Override
    public List<Candidate> decode(float[] output, int rows, int columns, double confidence, IntPredicate classes) {
        List<Candidate> found = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int at = r * columns;
            float objectness = output[at + 4];
            if (objectness <= confidence) {
                continue;
            }
            int best = OutputDecoder.bestClass(output, at + 5, 1, classCount, classes);
            if (best < 0) {
                continue;
            }
            double score = objectness * output[at + 5 + best];
            if (score > confidence) {
                found.add(Candidate.ofCentre(output[at], output[at + 1], output[at + 2], output[at + 3], score, best));
            }
        }
        return found;
    }
}
