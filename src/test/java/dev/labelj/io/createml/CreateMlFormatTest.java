package dev.labelj.io.createml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.Fixtures;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CreateML from Roboflow, a tutorial set and merged labelImg output; upsert by image name. */
class CreateMlFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static ImageAnnotation read(Path file, String image) throws AnnotationIoException {
        return Formats.CREATE_ML.read(file, ImageRef.withoutSize(file.resolveSibling(image)), FormatOptions.DEFAULT)
                .annotation();
    }

    @ParameterizedTest
    @ValueSource(strings = {"labelimg-merged__output.json", "roadsign__annotations.json",
            "roboflow-minified__valid__annotations.createml.json", "roboflow-pretty__test__annotations.createml.json"})
    void everyEntryOfEveryFileReadsWithAllItsBoxes(String name) throws Exception {
        Path file = Fixtures.annotation("createml/" + name);
        JsonNode entries = JSON.readTree(file.toFile());
        for (JsonNode entry : entries) {
            String image = entry.has("image") ? entry.get("image").asText() : entry.get("imagefilename").asText();
            JsonNode boxes = entry.has("annotations") ? entry.get("annotations") : entry.get("annotation");
            ImageAnnotation annotation = read(file, image);
            assertThat(annotation.boxes()).as(image).hasSize(boxes.size());
            for (int i = 0; i < boxes.size(); i++) {
                JsonNode c = boxes.get(i).get("coordinates");
                Box box = annotation.boxes().get(i);
                assertThat(box.label()).isEqualTo(boxes.get(i).get("label").asText());
                assertThat(box.xMin() + box.xMax()).isCloseTo(2 * c.get("x").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
                assertThat(box.yMax() - box.yMin()).isCloseTo(c.get("height").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
                assertThat(box.difficult()).as("CreateML has no difficult flag; none is invented").isFalse();
            }
        }
    }

    @Test
    void knownBoxesHaveTheirRealCorners() throws Exception {
        Box irrigator = read(Fixtures.annotation("createml/roboflow-minified__valid__annotations.createml.json"),
                "video03_000730_png.rf.279f20f5ab11a1a08b9541586dc71140.jpg").boxes().get(0);
        assertThat(irrigator.label()).isEqualTo("Irrigator");
        assertThat(new double[] {irrigator.xMin(), irrigator.yMin(), irrigator.xMax(), irrigator.yMax()})
                .containsExactly(122.75, 131.25, 145.25, 158.75);
        Box score = read(Fixtures.annotation("createml/labelimg-merged__output.json"), "88.012.jpeg").boxes().get(0);
        assertThat(new double[] {score.xMin(), score.yMin(), score.xMax(), score.yMax()})
                .containsExactly(302.0, 405.0, 778.0, 548.0);
    }

    @Test
    void saveReplacesThisImagesEntryAppendsNewOnesAndKeepsTheRest() throws Exception {
        Path file = Files.copy(Fixtures.annotation("createml/roadsign__annotations.json"), dir.resolve("a.json"));
        JsonNode before = JSON.readTree(file.toFile());
        String first = before.get(0).get("image").asText();
        ImageAnnotation changed = read(file, first).withBoxes(List.of(Box.of("B1", 10, 20, 30, 60)))
                .withSize(new ImageSize(1000, 800, 3)).withVerified(true);
        Formats.CREATE_ML.write(file, changed, FormatOptions.DEFAULT);
        Formats.CREATE_ML.write(file, ImageAnnotation.of(dir.resolve("new.jpg"), new ImageSize(10, 10, 3),
                List.of(Box.of("A7", 1, 2, 3, 4))), FormatOptions.DEFAULT);
        JsonNode after = JSON.readTree(file.toFile());
        assertThat(after.size()).isEqualTo(before.size() + 1);
        assertThat(after.get(0).toString()).isEqualTo("{\"image\":\"" + first + "\",\"verified\":true,\"annotations\":"
                + "[{\"label\":\"B1\",\"coordinates\":{\"x\":20,\"y\":40,\"width\":20,\"height\":40}}]}");
        for (int i = 1; i < before.size(); i++) {
            assertThat(after.get(i)).isEqualTo(before.get(i));
        }
        assertThat(after.get(before.size()).get("image").asText()).isEqualTo("new.jpg");
        assertThat(read(file, first).verified()).isTrue();
        assertThat(read(file, before.get(1).get("image").asText()).verified()).isFalse();
    }

    @Test
    void anUnchangedSaveOfAnotherToolsFileKeepsItsBytes() throws Exception {
        Path file = Files.copy(Fixtures.annotation("createml/labelimg-merged__output.json"), dir.resolve("m.json"));
        byte[] before = Files.readAllBytes(file);
        Formats.CREATE_ML.write(file, read(file, "88.012.jpeg"), FormatOptions.DEFAULT);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void savingKeepsUnknownKeysAndTheEntrysOwnSpelling() throws Exception {
        Path file = dir.resolve("a.json");
        Files.writeString(file, "[{\"imagefilename\":\"a.jpg\",\"source\":\"cam-3\",\"annotation\":["
                + "{\"label\":\"cat\",\"coordinates\":{\"x\":5,\"y\":5,\"width\":4,\"height\":4},\"confidence\":0.93},"
                + "{\"label\":\"dog\",\"coordinates\":{\"x\":50,\"y\":50,\"width\":8,\"height\":8},\"confidence\":0.5}]},"
                + "{\"image\":\"b.jpg\",\"annotations\":[],\"note\":1}]");
        ImageAnnotation a = read(file, "a.jpg");
        List<Box> edited = List.of(Box.of("cat", 10, 20, 30, 60), a.boxes().get(1), Box.of("bird", 0, 0, 2, 2));
        Formats.CREATE_ML.write(file, a.withBoxes(edited).withVerified(true), FormatOptions.DEFAULT);
        JsonNode after = JSON.readTree(file.toFile());
        assertThat(after.get(0).toString()).isEqualTo("{\"imagefilename\":\"a.jpg\",\"verified\":true,"
                + "\"source\":\"cam-3\",\"annotation\":["
                + "{\"label\":\"cat\",\"coordinates\":{\"x\":20,\"y\":40,\"width\":20,\"height\":40},\"confidence\":0.93},"
                + "{\"label\":\"dog\",\"coordinates\":{\"x\":50,\"y\":50,\"width\":8,\"height\":8},\"confidence\":0.5},"
                + "{\"label\":\"bird\",\"coordinates\":{\"x\":1,\"y\":1,\"width\":2,\"height\":2}}]}");
        assertThat(after.get(1).toString()).isEqualTo("{\"image\":\"b.jpg\",\"annotations\":[],\"note\":1}");
        assertThat(read(file, "a.jpg").boxes()).extracting(Box::label).containsExactly("cat", "dog", "bird");
    }

    @Test
    void loadAndSaveOfAFileLabelJWroteIsByteIdenticalAndChineseStaysReadable() throws Exception {
        Path image = dir.resolve("图片 1.jpg");
        Path file = dir.resolve("图片 1.json");
        Formats.CREATE_ML.write(file, ImageAnnotation.of(image, new ImageSize(640, 480, 3),
                List.of(Box.of("猫", 47.6, 239.2, 195.8, 371.9), Box.of("狗", 0.1, 0.2, 10.3, 10.7))),
                FormatOptions.DEFAULT);
        byte[] first = Files.readAllBytes(file);
        assertThat(new String(first, StandardCharsets.UTF_8)).contains("\"image\":\"图片 1.jpg\"", "\"label\":\"猫\"",
                "\"x\":121.7,");
        ImageAnnotation reread = read(file, "图片 1.jpg");
        assertThat(reread.boxes()).extracting(Box::label).containsExactly("猫", "狗");
        Formats.CREATE_ML.write(file, reread, FormatOptions.DEFAULT);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
    }

    @Test
    void brokenJsonAndMissingEntriesAreTypedErrors() throws Exception {
        Path broken = Files.writeString(dir.resolve("b.json"), "[{\"image\": \"a.jpg\",\n \"annotations\": [}");
        assertThatThrownBy(() -> read(broken, "a.jpg")).isInstanceOfSatisfying(AnnotationIoException.class, e -> {
            assertThat(e.kind()).isEqualTo(AnnotationIoException.Kind.MALFORMED);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).contains("b.json");
        });
        Path object = Files.writeString(dir.resolve("o.json"), "{\"image\": \"a.jpg\"}");
        assertThatThrownBy(() -> read(object, "a.jpg")).hasMessageContaining("JSON array");
        Path noCoordinates = Files.writeString(dir.resolve("n.json"),
                "[{\"image\":\"a.jpg\",\"annotations\":[{\"label\":\"x\",\"coordinates\":{\"x\":\"1\"}}]}]");
        assertThatThrownBy(() -> read(noCoordinates, "a.jpg")).hasMessageContaining("annotations[0].coordinates.x");
        Path other = Files.writeString(dir.resolve("other.json"), "[{\"image\":\"b.jpg\",\"annotations\":[]}]");
        assertThatThrownBy(() -> read(other, "a.jpg")).isInstanceOfSatisfying(AnnotationIoException.class,
                e -> assertThat(e.kind()).isEqualTo(AnnotationIoException.Kind.NO_ENTRY));
    }

    @Test
    void aLabelHoldingHalfASurrogatePairIsAnErrorNotAnEmptiedLabel() throws Exception {
        Path lone = Files.writeString(dir.resolve("s.json"), "[{\"image\":\"a.jpg\",\"annotations\":[{\"label\":"
                + "\"c\\ud800t\",\"coordinates\":{\"x\":5,\"y\":5,\"width\":2,\"height\":2}}]}]");
        assertThatThrownBy(() -> read(lone, "a.jpg")).isInstanceOf(AnnotationIoException.class)
                .hasMessageContaining("annotations[0].label");
    }
}
