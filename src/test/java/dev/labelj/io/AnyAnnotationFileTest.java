package dev.labelj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.model.Box;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open Annotation reads real files of every format for one image, picking the format by name and content. */
class AnyAnnotationFileTest {
    @TempDir
    Path dir;

    private static AnnotationRead read(String fixture, String imageName, ImageSize size) throws Exception {
        return AnyAnnotationFile.read(Fixtures.annotation(fixture), ImageRef.of(Path.of("/data/photos", imageName), size),
                FormatOptions.DEFAULT);
    }

    @Test
    void vocXmlIsReadAsWritten() throws Exception {
        AnnotationRead read = read("voc-labelimg/raccoon__raccoon-1.xml", "raccoon-1.jpg", new ImageSize(650, 417, 3));
        assertThat(read.annotation().boxes()).extracting(Box::label).containsExactly("raccoon");
        assertThat(read.annotation().boxes().get(0).xMin()).isEqualTo(81.0);
    }

    @Test
    void yoloTxtTakesItsNamesFromTheClassesTxtBesideIt() throws Exception {
        AnnotationRead read = read("yolo/labelimg-plates/0001.txt", "0001.jpg", new ImageSize(1024, 768, 3));
        assertThat(read.annotation().boxes()).extracting(Box::label).containsExactly("RAD 820 U");
        Box box = read.annotation().boxes().get(0);
        assertThat(box.xMin()).isCloseTo((0.430176 - 0.418945 / 2) * 1024, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aJsonArrayIsCreateMlAndTheEntryIsFoundByImageName() throws Exception {
        AnnotationRead read = read("createml/roadsign__annotations.json", "a73a3cf6-9bd7-4c40-b800-f697bc255ec8.jpg",
                new ImageSize(1920, 1080, 3));
        assertThat(read.annotation().boxes()).extracting(Box::label).containsExactly("A7");
        assertThat(read.annotation().boxes().get(0).xMin()).isEqualTo(759 - 304 / 2.0);
    }

    @Test
    void aJsonObjectIsCocoAndOnlyThatImagesBoxesAreTaken() throws Exception {
        AnnotationRead read = read("coco/roboflow__train__annotations.coco.json",
                "01F7F0621KFKTAV31K1P1WT3DP_jpeg.rf.c883711b7d14cb237ce6bae44b9f7933.jpg", new ImageSize(416, 416, 3));
        List<Box> boxes = read.annotation().boxes();
        assertThat(boxes).hasSize(4).extracting(Box::label).containsOnly("shuttlecock");
        assertThat(boxes.get(0).xMin()).isEqualTo(180.0);
        assertThat(boxes.get(0).yMax()).isCloseTo(153 + 4.489775709316632, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void cocoWithoutTheImageSaysSo() {
        assertThatThrownBy(() -> read("coco/cvat-coco10__instances_default.json", "not-there.jpg",
                new ImageSize(500, 434, 3)))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("no entry for image not-there.jpg");
    }

    @Test
    void malformedAndUnknownFilesNameTheFile() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"images\": [", StandardCharsets.UTF_8);
        Path other = Files.writeString(dir.resolve("notes.csv"), "a,b", StandardCharsets.UTF_8);
        ImageRef image = ImageRef.of(dir.resolve("a.jpg"), new ImageSize(10, 10, 3));
        assertThatThrownBy(() -> AnyAnnotationFile.read(broken, image, new FormatOptions(ClassList.EMPTY)))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("broken.json")
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> AnyAnnotationFile.read(other, image, FormatOptions.DEFAULT))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("notes.csv")
                .hasMessageContaining("not an annotation file");
    }

    @Test
    void aUtf16CocoFileIsReadAsCoco() throws Exception {
        String json = Files.readString(Fixtures.annotation("coco/roboflow__train__annotations.coco.json"));
        Path utf16 = Files.write(dir.resolve("coco16.json"), json.getBytes(StandardCharsets.UTF_16));
        AnnotationRead read = AnyAnnotationFile.read(utf16, ImageRef.of(Path.of("/data/photos",
                "01F7F0621KFKTAV31K1P1WT3DP_jpeg.rf.c883711b7d14cb237ce6bae44b9f7933.jpg"), new ImageSize(416, 416, 3)),
                FormatOptions.DEFAULT);
        assertThat(read.annotation().boxes()).hasSize(4).extracting(Box::label).containsOnly("shuttlecock");
    }

    @Test
    void objectDetectionSkipsABomAndSpaces() {
        assertThat(AnyAnnotationFile.holdsAnObject("\uFEFF \n{}".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(AnyAnnotationFile.holdsAnObject(" [{}]".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(AnyAnnotationFile.holdsAnObject(new byte[0])).isFalse();
    }
}
