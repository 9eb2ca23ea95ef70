package dev.labelj.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.io.Formats;
import dev.labelj.io.voc.VocFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveWarmupTest {
    @TempDir
    Path parent;

    @Test
    void savesInEveryFormatThenLeavesNothingBehind() throws Exception {
        assertThat(SaveWarmup.run(parent)).isEqualTo(Formats.all().size());

        assertThat(VocFormat.bindingBuilt()).as("the XML binding a first save needs").isTrue();
        try (Stream<Path> left = Files.list(parent)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFolderItCannotWriteInIsAFailureOfTheWarmupOnly() throws Exception {
        Path notAFolder = Files.writeString(parent.resolve("file"), "x");

        assertThatThrownBy(() -> SaveWarmup.run(notAFolder)).isInstanceOf(IOException.class);
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }
}
