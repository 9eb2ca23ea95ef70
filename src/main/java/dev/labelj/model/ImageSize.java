package dev.labelj.model;

/** The size of the EXIF-oriented image in pixels; {@code depth} is 1 for grayscale, 3 for colour. */
public record ImageSize(int width, int height, int depth) {
    public ImageSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        if (depth <= 0) {
            throw new IllegalArgumentException("depth must be positive: " + depth);
        }
    }

    public boolean sameWidthAndHeight(ImageSize other) {
        return width == other.width && height == other.height;
    }

    @Override
    public String toString() {
        return width + "x" + height + "x" + depth;
    }
}
