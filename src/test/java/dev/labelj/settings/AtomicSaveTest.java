package dev.labelj.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.support.ReadOnlyFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A settings save into a folder that cannot be written names that folder and keeps the old file. */
class AtomicSaveTest {
    @TempDir
    Path dir;

    @Test
    void anUnwritableFolderIsNamedAndTheOldFileStays() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Path settings = Files.writeString(folder.resolve("settings.json"), "{\"version\":1}");
        ReadOnlyFolder.make(folder);
        try {
            assertThatThrownBy(() -> AtomicSave.write(settings, "{}".getBytes()))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(folder.toString())
                    .hasMessageContaining("cannot write in this folder")
                    .hasMessageNotContaining(".tmp");
            assertThat(Files.readString(settings)).isEqualTo("{\"version\":1}");
        } finally {
            ReadOnlyFolder.undo(folder);
        }
    }
}
