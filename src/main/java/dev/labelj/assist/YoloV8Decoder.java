package dev.labelj.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** {@code [1, 4+nc, N]}: one column per anchor; cx, cy, w, h, then nc class scores (already sigmoid). */
final class YoloV8Decoder implements OutputDecoder {
    /** Scores of this many classes follow the box; rows after them (mask coefficients, keypoints) are not read. */
    private final int classCount;

    YoloV8Decoder(int classCount) {
        this.classCount = classCount;
    }

    @Override
    public List<Candidate> decode(float[] output, int rows, int columns, double confidence, IntPredicate classes) {
        int anchors = columns;
        List<Candidate> found = new ArrayList<>();
        for (int n = 0; n < anchors; n++) {
            int best = OutputDecoder.bestClass(output, 4 * anchors + n, anchors, classCount, classes);
            if (best < 0) {
                continue;
            }
            float score = output[(4 + best) * anchors + n];
            if (score > confidence) {
                found.add(Candidate.ofCentre(output[n], output[anchors + n], output[2 * anchors + n],
                        output[3 * anchors + n], score, best));
            }
        }
        return found;
    }
}
