package dev.labelj.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a valid baseline JPEG of any size whose pixels are all mid-gray, without holding the
 * pixels in memory: every 8x8 block is "DC difference 0, end of block", which with one-symbol
 * Huffman tables is two zero bits. A 20000x15000 image is about 1.2 MB.
 */
public final class TestJpegs {
    private TestJpegs() {
    }

    public static Path uniformGray(Path file, int width, int height) throws IOException {
        return write(file, header(width, height, 0xC0, 63), width, height, 2);
    }

    /**
     * The same picture as a progressive JPEG with a single DC scan (a valid file: AC coefficients stay zero), one
     * bit per block. A decoder must hold every block's coefficients of a progressive image at once.
     */
    public static Path uniformGrayProgressive(Path file, int width, int height) throws IOException {
        return write(file, header(width, height, 0xC2, 0), width, height, 1);
    }

    private static Path write(Path file, byte[] header, int width, int height, int bitsPerBlock) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header);
            long blocks = (long) ((width + 7) / 8) * ((height + 7) / 8);
            long bits = blocks * bitsPerBlock;
            byte[] zeros = new byte[1 << 16];
            long fullBytes = bits / 8;
            for (long written = 0; written < fullBytes; written += zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, fullBytes - written));
            }
            int rest = (int) (bits % 8);
            if (rest > 0) {
                out.write(0xFF >> rest);
            }
            out.write(new byte[] {(byte) 0xFF, (byte) 0xD9});
        }
        return file;
    }

    private static byte[] header(int width, int height, int frameMarker, int spectralEnd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bytes(out, 0xFF, 0xD8);
        bytes(out, 0xFF, 0xDB, 0, 67, 0);
        for (int i = 0; i < 64; i++) {
            out.write(1);
        }
        bytes(out, 0xFF, frameMarker, 0, 11, 8, height >> 8, height & 0xFF, width >> 8, width & 0xFF, 1, 1, 0x11, 0);
        oneSymbolTable(out, 0x00);
        oneSymbolTable(out, 0x10);
        bytes(out, 0xFF, 0xDA, 0, 8, 1, 1, 0x00, 0, spectralEnd, 0);
        return out.toByteArray();
    }

    /** A Huffman table whose only code is "0" (length 1) for symbol 0: DC category 0 / AC end of block. */
    private static void oneSymbolTable(ByteArrayOutputStream out, int classAndId) {
        bytes(out, 0xFF, 0xC4, 0, 20, classAndId, 1);
        for (int i = 1; i < 16; i++) {
            out.write(0);
        }
        out.write(0);
    }

    private static void bytes(ByteArrayOutputStream out, int... values) {
        for (int v : values) {
            out.write(v);
        }
    }
}
