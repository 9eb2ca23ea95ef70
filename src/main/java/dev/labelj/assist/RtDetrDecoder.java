package dev.labelj.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * {@code [1, 300, 4+nc]}: one row per query; cx, cy, w, h normalised to the input, then nc class scores.
 * Queries do not duplicate each other, so there is no NMS (as in Ultralytics' RT-DETR predictor).
 */
final class RtDetrDecoder implements OutputDecoder {
    private final int inputWidth;
    private final int inputHeight;
    private final int classCount;

    RtDetrDecoder(int inputWidth, int inputHeight, int classCount) {
        this.inputWidth = inputWidth;
        this.inputHeight = inputHeight;
        this.classCount = classCount;
    }

    @Override
    public List<Candidate> decode(float[] output, int rows, int columns, double confidence, IntPredicate classes) {
        List<Candidate> found = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int at = r * columns;
            int best = OutputDecoder.bestClass(output, at + 4, 1, classCount, classes);
            if (best < 0 || output[at + 4 + best] <= confidence) {
                continue;
            }
            found.add(Candidate.ofCentre(output[at] * inputWidth, output[at + 1] * inputHeight,
                    output[at + 2] * inputWidth, output[at + 3] * inputHeight, output[at + 4 + best], best));
        }
        return found;
    }
}
