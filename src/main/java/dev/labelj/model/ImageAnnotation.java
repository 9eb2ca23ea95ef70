package dev.labelj.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything saved about one image.
 *
 * @param imageFile the image this annotation belongs to
 * @param size      the oriented image size, when known
 * @param boxes     the boxes in drawing order
 * @param verified  the user confirmed this image (labelImg's Space)
 * @param extras    image-level elements a format carries but LabelJ does not model
 */
public record ImageAnnotation(Path imageFile, Optional<ImageSize> size, List<Box> boxes, boolean verified,
                              List<ExtraElement> extras) {
    public ImageAnnotation {
        Objects.requireNonNull(imageFile, "imageFile");
        Objects.requireNonNull(size, "size");
        boxes = List.copyOf(boxes);
        extras = List.copyOf(extras);
    }

    public static ImageAnnotation of(Path imageFile, ImageSize size, List<Box> boxes) {
        return new ImageAnnotation(imageFile, Optional.of(size), boxes, false, List.of());
    }

    public String imageFileName() {
        return imageFile.getFileName().toString();
    }

    public ImageAnnotation withBoxes(List<Box> newBoxes) {
        return new ImageAnnotation(imageFile, size, newBoxes, verified, extras);
    }

    public ImageAnnotation withSize(ImageSize newSize) {
        return new ImageAnnotation(imageFile, Optional.of(newSize), boxes, verified, extras);
    }

    public ImageAnnotation withImageFile(Path newImageFile) {
        return new ImageAnnotation(newImageFile, size, boxes, verified, extras);
    }

    public ImageAnnotation withVerified(boolean newVerified) {
        return new ImageAnnotation(imageFile, size, boxes, newVerified, extras);
    }
}
