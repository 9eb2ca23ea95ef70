package dev.labelj.image;

/**
 * The size in view pixels of an image fitted whole into a view, keeping its aspect ratio, with a
 * 1-pixel margin. The image view paints with exactly this size, so a copy decoded at it is drawn 1:1.
 */
public record FitSize(int width, int height) {
    /** Fits a full-resolution {@code imageWidth} x {@code imageHeight} image into a view. */
    public static FitSize of(int imageWidth, int imageHeight, int viewWidth, int viewHeight) {
        double viewPerImagePixel = Math.min((viewWidth - 2.0) / imageWidth, (viewHeight - 2.0) / imageHeight);
        return new FitSize(Math.max(1, (int) Math.round(imageWidth * viewPerImagePixel)),
                Math.max(1, (int) Math.round(imageHeight * viewPerImagePixel)));
    }
}
