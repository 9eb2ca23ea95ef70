package dev.labelj.assist;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a model file says about itself, read once when it is opened: the window shows it, the CLI checks
 * class names against it.
 *
 * @param file        the .onnx file
 * @param layout      the output layout, from the output shape (and the class count when the names are known)
 * @param inputWidth  the model's input width in pixels (from the input shape, or {@code imgsz} when dynamic)
 * @param inputHeight the model's input height in pixels
 * @param classCount  how many classes the output scores
 * @param names       class names by model class id, from the metadata; empty when the file has none
 * @param metadata    the file's custom metadata, as written
 */
public record ModelInfo(Path file, ModelLayout layout, int inputWidth, int inputHeight, int classCount,
                        List<String> names, Map<String, String> metadata) {
    public ModelInfo {
        names = List.copyOf(names);
        metadata = Map.copyOf(metadata);
    }

    public boolean hasNames() {
        return !names.isEmpty();
    }

    /** The model's name for class {@code id}, or {@code class_<id>} when it has none (as YOLO readers show ids). */
    public String nameOf(int id) {
        return id >= 0 && id < names.size() ? names.get(id) : "class_" + id;
    }

    /** This info with names found elsewhere (a classes.txt or data.yaml beside the model, or the user). */
    public ModelInfo withNames(List<String> newNames) {
        return new ModelInfo(file, layout, inputWidth, inputHeight, classCount, newNames, metadata);
    }
}
