package dev.labelj.assist;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads what a model file says about itself from an open session: layout, input size, names. */
final class ModelFiles {
    /** Ultralytics' default image size, for a dynamic input without {@code imgsz} metadata. */
    private static final int DEFAULT_SIZE = 640;

    private ModelFiles() {
    }

    static ModelInfo describe(Path file, OrtSession session) throws ModelException, OrtException {
        if (session.getInputInfo().size() != 1 || session.getOutputInfo().isEmpty()) {
            throw new ModelException(file, "a detection model has one input and an output; this one has "
                    + session.getInputInfo().size() + " inputs and " + session.getOutputInfo().size() + " outputs");
        }
        long[] input = shapeOf(session.getInputInfo().values().iterator().next());
        long[] output = shapeOf(session.getOutputInfo().values().iterator().next());
        Map<String, String> metadata = session.getMetadata().getCustomMetadata();
        Optional<List<String>> names = PythonNames.parse(metadata.get("names"));
        if (input.length != 4 || input[1] > 0 && input[1] != 3) {
            throw new ModelException(file, LayoutDetection.refusal(input, output, "the input is not [1, 3, h, w]"));
        }
        LayoutDetection.Detected detected;
        try {
            detected = LayoutDetection.detect(output, names.map(List::size), metadata);
        } catch (IllegalArgumentException e) {
            throw new ModelException(file, LayoutDetection.refusal(input, output, e.getMessage()));
        }
        int[] imgsz = imageSize(metadata.get("imgsz"));
        int height = input[2] > 0 ? (int) input[2] : imgsz[0];
        int width = input[3] > 0 ? (int) input[3] : imgsz[1];
        return new ModelInfo(file, detected.layout(), width, height, detected.classCount(), names.orElse(List.of()),
                metadata);
    }

    private static long[] shapeOf(NodeInfo node) {
        return node.getInfo() instanceof TensorInfo tensor ? tensor.getShape() : new long[0];
    }

    /** {@code imgsz} as Ultralytics writes it: {@code [640, 640]} (height, width) or {@code 640}. */
    static int[] imageSize(String text) {
        if (text == null) {
            return new int[] {DEFAULT_SIZE, DEFAULT_SIZE};
        }
        String[] parts = text.replaceAll("[\\[\\]()\\s]", "").split(",");
        try {
            int height = Integer.parseInt(parts[0]);
            int width = parts.length > 1 ? Integer.parseInt(parts[1]) : height;
            if (height > 0 && width > 0 && height <= 8192 && width <= 8192) {
                return new int[] {height, width};
            }
        } catch (NumberFormatException e) {
            // not a size: the default, as Ultralytics would use
        }
        return new int[] {DEFAULT_SIZE, DEFAULT_SIZE};
    }
}
