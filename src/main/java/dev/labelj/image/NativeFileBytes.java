package dev.labelj.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.bytedeco.javacpp.BytePointer;

/**
 * A file's bytes in native memory, freed on {@link #close()}: reading a 3 MB photo leaves no
 * multi-megabyte array on the Java heap waiting for a collection (see docs/adr/0024), and OpenCV
 * decodes straight from this memory without another copy.
 */
final class NativeFileBytes implements AutoCloseable {
    private final BytePointer memory;
    private final ByteBuffer bytes;

    private NativeFileBytes(BytePointer memory, ByteBuffer bytes) {
        this.memory = memory;
        this.bytes = bytes;
    }

    static NativeFileBytes read(Path file) throws ImageLoadException {
        // the natives, JavaCPP's among them, before its first native memory (docs/adr/0183)
        OpenCv.ready();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE - 8) {
                throw new ImageLoadException(file, ImageLoadException.Reason.TOO_LARGE,
                        "too large to open (" + size + " bytes)");
            }
            BytePointer memory = new BytePointer(Math.max(1, size));
            ByteBuffer buffer = memory.asByteBuffer();
            try {
                buffer.limit((int) size);
                while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                    // FileChannel may read less than asked; keep going until the end
                }
                buffer.flip();
                return new NativeFileBytes(memory, buffer);
            } catch (IOException | RuntimeException e) {
                memory.deallocate();
                throw e;
            }
        } catch (IOException | OutOfMemoryError e) {
            throw new ImageLoadException(file, ImageLoadException.Reason.UNREADABLE, "cannot read: " + e, e);
        }
    }

    /** The bytes, position 0, limit = file size; valid until {@link #close()}. */
    ByteBuffer bytes() {
        return bytes;
    }

    @Override
    public void close() {
        memory.deallocate();
    }
}
