package dev.labelj.image;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The size of an image read from its header without decoding, for the formats where a reduced or
 * refused decode matters (JPEG, PNG, BMP). Sizes are of the EXIF-oriented image, as OpenCV decodes it.
 * {@code workingBytes} is the native memory the decoder holds besides its output whatever the reduction: for a
 * progressive JPEG every block's coefficients (docs/adr/0132-decode-memory-per-image.md), else 0.
 */
record ImageHeader(Format format, int width, int height, int channels, long workingBytes) {
    enum Format { JPEG, PNG, BMP }

    /** One 8x8 block of 16-bit DCT coefficients, as libjpeg keeps it for a progressive image. */
    private static final long BLOCK_BYTES = 64 * 2;

    ImageHeader(Format format, int width, int height, int channels) {
        this(format, width, height, channels, 0);
    }

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
                long working = isProgressive(marker) ? coefficientBytes(bytes, i, width, height) : 0;
                return Optional.of(new ImageHeader(Format.JPEG, swap ? height : width, swap ? width : height,
                        channels, working));
            } else if (marker == 0xDA || marker == 0xD9) {
                return Optional.empty();
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    /** SOF2, SOF6, SOF10, SOF14: the progressive frames, decoded by holding the whole image's coefficients. */
    private static boolean isProgressive(int marker) {
        return marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
    }

    /**
     * The coefficient buffer of a progressive frame at {@code sof}: for each component, its blocks (its share of
     * the image by its sampling factors) times 128 bytes. A header cut short counts three full-size components.
     */
    private static long coefficientBytes(ByteBuffer bytes, int sof, int width, int height) {
        int components = bytes.get(sof + 9) & 0xFF;
        int first = sof + 10;
        if (components == 0 || first + 3L * components > bytes.limit()) {
            return 3 * blocks(width, 1, 1) * blocks(height, 1, 1) * BLOCK_BYTES;
        }
        int maxH = 1;
        int maxV = 1;
        for (int c = 0; c < components; c++) {
            int sampling = bytes.get(first + 3 * c + 1) & 0xFF;
            maxH = Math.max(maxH, sampling >> 4);
            maxV = Math.max(maxV, sampling & 0x0F);
        }
        long total = 0;
        for (int c = 0; c < components; c++) {
            int sampling = bytes.get(first + 3 * c + 1) & 0xFF;
            total += blocks(width, Math.max(1, sampling >> 4), maxH)
                    * blocks(height, Math.max(1, sampling & 0x0F), maxV);
        }
        return total * BLOCK_BYTES;
    }

    /** 8x8 blocks along one side of a component sampled {@code factor} of {@code max}. */
    private static long blocks(int pixels, int factor, int max) {
        long componentPixels = ((long) pixels * factor + max - 1) / max;
        return (componentPixels + 7) / 8;
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
