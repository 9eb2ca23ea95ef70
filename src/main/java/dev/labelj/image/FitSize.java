package dev.labelj.image;

/**
 * The size in view pixels of an image fitted whole into a view, keeping its aspect ratio, edge to edge as the
 * canvas fits it ({@code ViewTransform.fit}), rounded to whole pixels: a copy decoded at this size is painted 1:1
 * at the fit zoom (docs/adr/0188).
 */
public record FitSize(int width, int height) {
    /** Fits a full-resolution {@code imageWidth} x {@code imageHeight} image into a view. */
    public static FitSize of(int imageWidth, int imageHeight, int viewWidth, int viewHeight) {
        double viewPerImagePixel = Math.min((double) viewWidth / imageWidth, (double) viewHeight / imageHeight);
        return new FitSize(Math.max(1, (int) Math.round(imageWidth * viewPerImagePixel)),
                Math.max(1, (int) Math.round(imageHeight * viewPerImagePixel)));
    }
}
