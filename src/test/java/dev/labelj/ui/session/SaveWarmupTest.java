package dev.labelj.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationRead;
import dev.labelj.io.AnnotationWarning;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.io.voc.VocFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SaveWarmupTest {
    @TempDir
    Path parent;

    @Test
    void savesInEveryFormatThenLeavesNothingBehind() throws Exception {
        assertThat(SaveWarmup.run(parent, Formats.VOC)).isEqualTo(Formats.all().size());

        assertThat(VocFormat.bindingBuilt()).as("the XML binding a first save needs").isTrue();
        try (Stream<Path> left = Files.list(parent)) {
            assertThat(left).isEmpty();
        }
    }

    /**
     * A save of ten boxes spent 4-7 ms in the VOC writer after a save of one box, under 1 ms once the writer had
     * written about two hundred (docs/adr/0185): the format the window saves in is given that many; the others are
     * saved once, for their classes and factories.
     */
    @ParameterizedTest
    @ValueSource(strings = {"voc", "yolo", "createml"})
    void theSaveFormatWritesBoxesEnoughForTheJitToCompileItsWriter(String id) throws Exception {
        Map<String, Integer> boxes = new HashMap<>();
        AnnotationFormat saveFormat = new Counted(Formats.byId(id).orElseThrow(), boxes);

        assertThat(SaveWarmup.run(parent, saveFormat)).isEqualTo(Formats.all().size());

        assertThat(boxes).as("boxes written in the save format").containsOnlyKeys(id);
        assertThat(boxes.get(id)).isGreaterThanOrEqualTo(200);
        try (Stream<Path> left = Files.list(parent)) {
            assertThat(left).isEmpty();
        }
    }

    /** A format that writes as {@code format} does and counts the boxes it writes. */
    private record Counted(AnnotationFormat format, Map<String, Integer> boxes) implements AnnotationFormat {
        @Override
        public String id() {
            return format.id();
        }

        @Override
        public String displayName() {
            return format.displayName();
        }

        @Override
        public String extension() {
            return format.extension();
        }

        @Override
        public boolean usesLabelsFolder() {
            return format.usesLabelsFolder();
        }

        @Override
        public boolean oneImagePerFile() {
            return format.oneImagePerFile();
        }

        @Override
        public Optional<Path> sharedFile(Path folder) {
            return format.sharedFile(folder);
        }

        @Override
        public AnnotationRead read(Path file, ImageRef image, FormatOptions options) throws AnnotationIoException {
            return format.read(file, image, options);
        }

        @Override
        public List<AnnotationWarning> write(Path file, ImageAnnotation annotation, FormatOptions options)
                throws AnnotationIoException {
            boxes.merge(format.id(), annotation.boxes().size(), Integer::sum);
            return format.write(file, annotation, options);
        }
    }

    @Test
    void aFolderItCannotWriteInIsAFailureOfTheWarmupOnly() throws Exception {
        Path notAFolder = Files.writeString(parent.resolve("file"), "x");

        assertThatThrownBy(() -> SaveWarmup.run(notAFolder, Formats.VOC)).isInstanceOf(IOException.class);
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }
}
