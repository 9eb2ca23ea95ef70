package dev.labelj.image;

/** Tells from the header whether a PNG or WebP carries an alpha channel. */
final class AlphaSniffer {
    private AlphaSniffer() {
    }

    static boolean mayHaveAlpha(byte[] b) {
        if (b.length >= 26 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            int colourType = b[25];
            return colourType == 4 || colourType == 6 || hasPngTransparencyChunk(b);
        }
        if (b.length >= 21 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            if (b[12] == 'V' && b[13] == 'P' && b[14] == '8' && b[15] == 'X') {
                return (b[20] & 0x10) != 0;
            }
            if (b[12] == 'V' && b[13] == 'P' && b[14] == '8' && b[15] == 'L' && b.length >= 25) {
                return (b[24] & 0x10) != 0;
            }
        }
        return false;
    }

    /** A tRNS chunk before the image data makes a palette or truecolour PNG transparent. */
    private static boolean hasPngTransparencyChunk(byte[] b) {
        int at = 8;
        while (at + 8 <= b.length) {
            int length = ImageHeader.bigEndian32(b, at);
            if (b[at + 4] == 't' && b[at + 5] == 'R' && b[at + 6] == 'N' && b[at + 7] == 'S') {
                return true;
            }
            if ((b[at + 4] == 'I' && b[at + 5] == 'D' && b[at + 6] == 'A' && b[at + 7] == 'T') || length < 0) {
                return false;
            }
            at += 12 + length;
        }
        return false;
    }
}
