package dev.labelj.io.coco;

import java.util.List;

/**
 * One COCO detection dataset file: images with stable ids, categories with their ids, and boxes as
 * {@code [x, y, width, height]} from the top-left corner, in pixels.
 */
public record CocoDataset(List<Image> images, List<Category> categories, List<Annotation> annotations) {
    public CocoDataset {
        images = List.copyOf(images);
        categories = List.copyOf(categories);
        annotations = List.copyOf(annotations);
    }

    /** {@code fileName} is the image's path relative to the image folder, with '/' separators. */
    public record Image(long id, String fileName, int width, int height) {
    }

    public record Category(long id, String name) {
    }

    public record Annotation(long id, long imageId, long categoryId, double x, double y, double width, double height) {
    }
}
