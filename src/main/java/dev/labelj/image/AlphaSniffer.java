package dev.labelj.image;

import java.nio.ByteBuffer;

/** Tells from the header whether a PNG or WebP carries an alpha channel. */
final class AlphaSniffer {
    private AlphaSniffer() {
    }

    static boolean mayHaveAlpha(ByteBuffer b) {
        if (b.limit() >= 26 && (b.get(0) & 0xFF) == 0x89 && b.get(1) == 'P' && b.get(2) == 'N' && b.get(3) == 'G') {
            int colourType = b.get(25);
            return colourType == 4 || colourType == 6 || hasPngTransparencyChunk(b);
        }
        if (b.limit() >= 21 && b.get(0) == 'R' && b.get(1) == 'I' && b.get(2) == 'F' && b.get(3) == 'F'
                && b.get(8) == 'W' && b.get(9) == 'E' && b.get(10) == 'B' && b.get(11) == 'P') {
            if (b.get(12) == 'V' && b.get(13) == 'P' && b.get(14) == '8' && b.get(15) == 'X') {
                return (b.get(20) & 0x10) != 0;
            }
            if (b.get(12) == 'V' && b.get(13) == 'P' && b.get(14) == '8' && b.get(15) == 'L' && b.limit() >= 25) {
                return (b.get(24) & 0x10) != 0;
            }
        }
        return false;
    }

    /** A tRNS chunk before the image data makes a palette or truecolour PNG transparent. */
    private static boolean hasPngTransparencyChunk(ByteBuffer b) {
        int at = 8;
        while (at + 8 <= b.limit()) {
            int length = ImageHeader.bigEndian32(b, at);
            if (b.get(at + 4) == 't' && b.get(at + 5) == 'R' && b.get(at + 6) == 'N' && b.get(at + 7) == 'S') {
                return true;
            }
            if ((b.get(at + 4) == 'I' && b.get(at + 5) == 'D' && b.get(at + 6) == 'A' && b.get(at + 7) == 'T') || length < 0) {
                return false;
            }
            at += 12 + length;
        }
        return false;
    }
}
