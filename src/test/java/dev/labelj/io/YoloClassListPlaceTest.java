package dev.labelj.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The YOLO class list lives in the classes.txt beside the labels (the label root); a class file above it, such
 * as the predefined class file given on the command line, is read for names and never written.
 */
class YoloClassListPlaceTest {
    private static final ImageSize SIZE = new ImageSize(640, 480, 3);

    @TempDir
    Path dir;

    private AnnotationStore store(Path images, Path saveDir, Path classFile) throws Exception {
        return new AnnotationStore(AnnotationLocator.inSaveDir(images, saveDir), Formats.YOLO,
                new FormatOptions(ClassListFile.read(classFile)));
    }

    private static List<String> idsIn(Path yoloFile) throws Exception {
        return Files.readAllLines(yoloFile, StandardCharsets.UTF_8).stream().map(l -> l.split(" ")[0]).toList();
    }

    @Test
    void theClassFileGivenOneFolderAboveTheSaveDirIsNeverWritten() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        byte[] predefined = "dog\r\ncat\r\n".getBytes(StandardCharsets.UTF_8);
        Path classFile = Files.write(project.resolve("classes.txt"), predefined);
        Path images = Files.createDirectories(project.resolve("images"));
        Path saveDir = project.resolve("labels");
        AnnotationStore store = store(images, saveDir, classFile);

        store.write(ImageAnnotation.of(images.resolve("a.jpg"), SIZE,
                List.of(Box.of("cat", 0, 0, 10, 10), Box.of("bird", 5, 5, 20, 20))));
        store.write(ImageAnnotation.of(images.resolve("sub/b.jpg"), SIZE, List.of(Box.of("fox", 0, 0, 9, 9))));

        assertThat(Files.readAllBytes(classFile)).as("the user's class file").isEqualTo(predefined);
        assertThat(Files.readString(saveDir.resolve("classes.txt"))).isEqualTo("dog\ncat\nbird\nfox\n");
        assertThat(idsIn(saveDir.resolve("a.txt"))).containsExactly("1", "2");
        assertThat(idsIn(saveDir.resolve("sub/b.txt"))).containsExactly("3");
        assertThat(saveDir.resolve("sub/classes.txt")).doesNotExist();
        assertThat(store.read(images.resolve("a.jpg"), SIZE).orElseThrow().read().annotation().boxes())
                .extracting(Box::label).containsExactly("cat", "bird");
    }

    @Test
    void theClassFileGivenIsWrittenWhenItIsTheListBesideTheLabels() throws Exception {
        Path saveDir = Files.createDirectories(dir.resolve("labels"));
        Path classFile = Files.writeString(saveDir.resolve("classes.txt"), "dog\ncat\n");
        Path images = Files.createDirectories(dir.resolve("images"));
        AnnotationStore store = store(images, saveDir, classFile);

        store.write(ImageAnnotation.of(images.resolve("a.jpg"), SIZE, List.of(Box.of("bird", 0, 0, 10, 10))));

        assertThat(Files.readString(classFile)).isEqualTo("dog\ncat\nbird\n");
        assertThat(idsIn(saveDir.resolve("a.txt"))).containsExactly("2");
    }
}
