package dev.labelj.dataset;

import dev.labelj.image.DecodedImage;
import dev.labelj.image.ImageLoadException;
import dev.labelj.image.ImageLoader;
import dev.labelj.image.ImageSizes;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real size of an image for a batch tool: read from the header where the format allows (JPEG, PNG,
 * BMP: no pixel limit, no decode), else from a full decode.
 */
final class RealSizes {
    private RealSizes() {
    }

    static ImageSize of(Path image) throws ImageLoadException {
        Optional<ImageSizes.Size> header = ImageSizes.fromHeader(image);
        if (header.isPresent()) {
            return header.get().imageSize();
        }
        DecodedImage decoded = ImageLoader.load(image);
        return new ImageSize(decoded.width(), decoded.height(), decoded.depth());
    }
}
