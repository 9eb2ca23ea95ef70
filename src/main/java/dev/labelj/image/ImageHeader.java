package dev.labelj.image;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The size of an image read from its header without decoding, for the formats where a reduced or
 * refused decode matters (JPEG, PNG, BMP). Sizes are of the EXIF-oriented image, as OpenCV decodes it.
 */
record ImageHeader(Format format, int width, int height, int channels) {
    enum Format { JPEG, PNG, BMP }

    long pixels() {
        return (long) width * height;
    }

    static Optional<ImageHeader> read(ByteBuffer bytes) {
        if (startsWith(bytes, 0xFF, 0xD8)) {
            return readJpeg(bytes);
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A) && bytes.limit() >= 26) {
            int channels = switch (bytes.get(25)) {
                case 0, 4 -> 1;
                default -> 3;
            };
            return Optional.of(new ImageHeader(Format.PNG, bigEndian32(bytes, 16), bigEndian32(bytes, 20), channels));
        }
        if (startsWith(bytes, 'B', 'M') && bytes.limit() >= 26) {
            return Optional.of(new ImageHeader(Format.BMP, littleEndian32(bytes, 18),
                    Math.abs(littleEndian32(bytes, 22)), 3));
        }
        return Optional.empty();
    }

    /**
     * True when, reading back from the end, a start-of-scan marker comes before any end-of-image
     * marker: the last scan was cut short. (Entropy-coded data never holds a raw 0xFF marker byte.)
     */
    static boolean isTruncatedJpeg(ByteBuffer bytes) {
        for (int i = bytes.limit() - 2; i >= 0; i--) {
            if ((bytes.get(i) & 0xFF) == 0xFF) {
                int marker = bytes.get(i + 1) & 0xFF;
                if (marker == 0xD9) {
                    return false;
                }
                if (marker == 0xDA) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<ImageHeader> readJpeg(ByteBuffer bytes) {
        int orientation = 1;
        int i = 2;
        while (i + 4 <= bytes.limit()) {
            if ((bytes.get(i) & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = bytes.get(i + 1) & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = bigEndian16(bytes, i + 2);
            if (marker == 0xE1) {
                orientation = ExifOrientation.read(bytes, i + 4, length - 2).orElse(orientation);
            } else if (isStartOfFrame(marker) && i + 10 <= bytes.limit()) {
                int height = bigEndian16(bytes, i + 5);
                int width = bigEndian16(bytes, i + 7);
                int channels = bytes.get(i + 9) == 1 ? 1 : 3;
                boolean swap = orientation >= 5 && orientation <= 8;
                return Optional.of(new ImageHeader(Format.JPEG, swap ? height : width, swap ? width : height,
                        channels));
            } else if (marker == 0xDA || marker == 0xD9) {
                return Optional.empty();
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean startsWith(ByteBuffer bytes, int... prefix) {
        if (bytes.limit() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes.get(i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int bigEndian16(ByteBuffer b, int at) {
        return ((b.get(at) & 0xFF) << 8) | (b.get(at + 1) & 0xFF);
    }

    static int bigEndian32(ByteBuffer b, int at) {
        return (bigEndian16(b, at) << 16) | bigEndian16(b, at + 2);
    }

    static int littleEndian32(ByteBuffer b, int at) {
        return (b.get(at) & 0xFF) | ((b.get(at + 1) & 0xFF) << 8) | ((b.get(at + 2) & 0xFF) << 16) | ((b.get(at + 3) & 0xFF) << 24);
    }
}
