package dev.labelj.io;

import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The image an annotation belongs to. {@code realSize} is the decoded, oriented size when the caller
 * has it; readers check the file against it and YOLO needs it to turn fractions into pixels.
 */
public record ImageRef(Path imageFile, Optional<ImageSize> realSize) {
    public static ImageRef of(Path imageFile, ImageSize realSize) {
        return new ImageRef(imageFile, Optional.of(realSize));
    }

    public static ImageRef withoutSize(Path imageFile) {
        return new ImageRef(imageFile, Optional.empty());
    }
}
