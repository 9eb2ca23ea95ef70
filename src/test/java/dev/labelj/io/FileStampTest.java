package dev.labelj.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stamp tells a batch whether the file it read is still what is on disk before it writes over it. */
class FileStampTest {
    @TempDir
    Path dir;

    @Test
    void anEditOfTheSameSizeAndTimeIsSeen() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "0 0.5 0.5 0.1 0.1\n");
        FileTime time = Files.getLastModifiedTime(file);
        FileStamp stamp = FileStamp.of(file);
        assertThat(stamp.stillMatches(file)).isTrue();
        Files.writeString(file, "1 0.5 0.5 0.1 0.1\n");
        Files.setLastModifiedTime(file, time);
        assertThat(stamp.stillMatches(file)).isFalse();
    }

    @Test
    void aFileThatAppearedOrVanishedIsAChange() throws Exception {
        Path file = dir.resolve("a.xml");
        FileStamp absent = FileStamp.of(file);
        assertThat(absent).isEqualTo(FileStamp.ABSENT);
        assertThat(absent.stillMatches(file)).isTrue();
        Files.writeString(file, "<annotation/>");
        assertThat(absent.stillMatches(file)).isFalse();
        FileStamp present = FileStamp.of(file);
        Files.delete(file);
        assertThat(present.stillMatches(file)).isFalse();
    }
}
