package dev.labelj.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes a folder unwritable, even for root (who ignores permission bits): then the folder is made
 * immutable with chattr. Fails rather than skips when neither works, so such tests never pass vacuously.
 */
public final class ReadOnlyFolder {
    private ReadOnlyFolder() {
    }

    public static void make(Path folder) throws IOException, InterruptedException {
        folder.toFile().setWritable(false, false);
        if (isWritable(folder)) {
            run("chattr", "+i", folder.toString());
        }
        assertThat(isWritable(folder)).as("could not make " + folder + " read-only").isFalse();
    }

    public static void undo(Path folder) throws IOException, InterruptedException {
        if (!folder.toFile().setWritable(true, false) || !isWritable(folder)) {
            run("chattr", "-i", folder.toString());
        }
        folder.toFile().setWritable(true, false);
    }

    private static boolean isWritable(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        process.waitFor();
    }
}
