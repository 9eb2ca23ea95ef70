package dev.labelj.settings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the settings file with a cap, so a huge or growing file is refused after at most the cap is read. */
final class SettingsFileBytes {
    /** The file holds more than the cap. */
    static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }

    private SettingsFileBytes() {
    }

    static byte[] read(Path file, long maxBytes) throws IOException {
        if (Files.size(file) > maxBytes) {
            throw new TooLargeException(Files.size(file) + " bytes, more than the " + maxBytes + " allowed");
        }
        // the size can change between the check and the read: the read itself stops at the cap too
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLargeException("more than the " + maxBytes + " bytes allowed");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        }
    }
}
