package dev.labelj.assist;

import dev.labelj.model.ImageSize;
import java.nio.file.Path;

/**
 * An image made ready for a model: its oriented size, where it lies in the input, and the input tensor
 * ({@code [1, 3, h, w]} RGB in 0..1, row after row, channel after channel). Made on a decode thread while the
 * model runs on the previous image.
 */
public record PreparedImage(Path image, ImageSize size, Letterbox letterbox, float[] tensor) {
}
