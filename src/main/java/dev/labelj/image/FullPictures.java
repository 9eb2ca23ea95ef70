package dev.labelj.image;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * The whole image for a tool that measures in box pixels (Tighten Box, tracking): the picture the window shows
 * when it is that image undecimated, else the file decoded again. Off the EDT.
 */
public final class FullPictures {
    /**
     * The pixels, and the size of the oriented image they show (box pixels): the same, unless the image is beyond
     * what is ever decoded whole ({@link ImageLoader#MAX_DISPLAY_PIXELS}).
     */
    public record Picture(BufferedImage pixels, int imageWidth, int imageHeight) {
        public boolean isWhole() {
            return pixels.getWidth() == imageWidth && pixels.getHeight() == imageHeight;
        }
    }

    private FullPictures() {
    }

    /** {@code shown}: what the window shows now, or null. */
    public static Picture of(Path image, DecodedImage shown) throws ImageLoadException {
        if (shown != null && image.equals(shown.file()) && !shown.isReduced()) {
            try {
                return new Picture(shown.image(), shown.imageWidth(), shown.imageHeight());
            } catch (IllegalStateException freed) {
                // the cache freed the shown picture's pixels meanwhile (the user moved on): read the file instead
            }
        }
        DecodedImage decoded = ImageLoader.load(image);
        return new Picture(decoded.image(), decoded.imageWidth(), decoded.imageHeight());
    }
}
