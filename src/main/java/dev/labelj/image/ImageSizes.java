package dev.labelj.image;

import dev.labelj.model.ImageSize;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The oriented size of an image from its header alone, for batch tools that need only the size (a
 * conversion to YOLO, a validation): far faster than a decode, and no limit on the pixel count. JPEG
 * (EXIF orientation applied), PNG and BMP; other formats, or a header past the first bytes, give empty
 * and the caller decodes.
 */
public final class ImageSizes {
    /** JPEG headers come after the EXIF block, which holds a thumbnail of up to 64 KB. */
    private static final int HEAD_BYTES = 256 * 1024;
    /** Read first: a batch of camera pictures must not read a quarter megabyte of each. */
    private static final int FIRST_BYTES = 16 * 1024;

    private ImageSizes() {
    }

    /** Width and height as the decoder gives them, and depth 1 for grayscale, else 3. */
    public record Size(int width, int height, int depth) {
        /** As the annotation model holds it. */
        public ImageSize imageSize() {
            return new ImageSize(width, height, depth);
        }
    }

    public static Optional<Size> fromHeader(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long fileSize = channel.size();
            Optional<Size> size = fromFirst(channel, Math.min(FIRST_BYTES, fileSize));
            // most headers sit in the first bytes; a large EXIF block (a thumbnail) pushes a JPEG's further
            return size.isPresent() || fileSize <= FIRST_BYTES ? size : fromFirst(channel, Math.min(HEAD_BYTES, fileSize));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Size> fromFirst(FileChannel channel, long bytes) throws IOException {
        ByteBuffer head = ByteBuffer.allocate((int) bytes);
        channel.position(0);
        while (head.hasRemaining() && channel.read(head) >= 0) {
            // FileChannel may read less than asked
        }
        head.flip();
        try {
            return ImageHeader.read(head).filter(h -> h.width() > 0 && h.height() > 0)
                    .map(h -> new Size(h.width(), h.height(), h.channels() == 1 ? 1 : 3));
        } catch (RuntimeException e) {
            return Optional.empty(); // a header cut off by the first read: the longer read decides
        }
    }
}
