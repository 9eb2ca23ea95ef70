package dev.labelj.assist;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Turns a model's output tensor ({@code [1, rows, columns]}, flattened) into candidate boxes in input pixels,
 * keeping those scoring above the confidence (strictly, as Ultralytics does) in the classes asked for.
 */
interface OutputDecoder {
    List<Candidate> decode(float[] output, int rows, int columns, double confidence, IntPredicate classes);

    static OutputDecoder forLayout(ModelInfo model) {
        return switch (model.layout()) {
            case YOLOV5 -> new YoloV5Decoder(model.classCount());
            case YOLOV8 -> new YoloV8Decoder(model.classCount());
            case END_TO_END -> new EndToEndDecoder();
            case RT_DETR -> new RtDetrDecoder(model.inputWidth(), model.inputHeight(), model.classCount());
        };
    }

    /** The best-scoring class allowed by {@code classes} among {@code count} scores from {@code first} on. */
    static int bestClass(float[] output, int first, int stride, int count, IntPredicate classes) {
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < count; c++) {
            float score = output[first + c * stride];
            if (score > bestScore && classes.test(c)) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }
}
