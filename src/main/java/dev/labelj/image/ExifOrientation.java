package dev.labelj.image;

import java.nio.ByteBuffer;
import java.util.Optional;

/** Reads the EXIF Orientation tag (1..8) from a JPEG APP1 segment, so header sizes match decoded ones. */
final class ExifOrientation {
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** {@code start} is the first byte after the APP1 length field; {@code length} the payload size. */
    static Optional<Integer> read(ByteBuffer b, int start, int length) {
        int end = Math.min(b.limit(), start + length);
        if (end - start < 14 || b.get(start) != 'E' || b.get(start + 1) != 'x' || b.get(start + 2) != 'i' || b.get(start + 3) != 'f') {
            return Optional.empty();
        }
        int tiff = start + 6;
        boolean little = b.get(tiff) == 'I';
        int ifd = tiff + read32(b, tiff + 4, little);
        if (ifd < tiff || ifd + 2 > end) {
            return Optional.empty();
        }
        int entries = read16(b, ifd, little);
        for (int e = 0; e < entries; e++) {
            int entry = ifd + 2 + 12 * e;
            if (entry + 12 > end) {
                break;
            }
            if (read16(b, entry, little) == ORIENTATION_TAG) {
                int value = read16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? Optional.of(value) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int read16(ByteBuffer b, int at, boolean little) {
        int first = b.get(at) & 0xFF;
        int second = b.get(at + 1) & 0xFF;
        return little ? first | (second << 8) : (first << 8) | second;
    }

    private static int read32(ByteBuffer b, int at, boolean little) {
        int first = read16(b, at, little);
        int second = read16(b, at + 2, little);
        return little ? first | (second << 16) : (first << 16) | second;
    }
}
