package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelj.io.Fixtures;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --to coco} and {@code --from coco} on the real image + VOC pairs. */
class CocoConvertTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private Path pairs() throws Exception {
        Path images = dir.resolve("images");
        try (Stream<Path> files = Files.walk(Fixtures.annotation("pairs"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = images.resolve(file.getParent().getFileName().toString()).resolve(file.getFileName());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return images;
    }

    @Test
    void cocoExportHasUniqueIdsKnownReferencesAndBoxesInsideTheImage() throws Exception {
        Path images = pairs();
        Files.writeString(dir.resolve("classes.txt"), "WBC\nRBC\n");
        assertThat(cli.run("convert", "--from", "voc", "--to", "coco", "--images", images.toString(), "--out",
                dir.resolve("coco").toString(), "--classes", dir.resolve("classes.txt").toString())).isZero();
        JsonNode coco = new ObjectMapper().readTree(dir.resolve("coco/annotations.json").toFile());
        Map<Long, JsonNode> imagesById = new HashMap<>();
        coco.get("images").forEach(i -> assertThat(imagesById.put(i.get("id").asLong(), i)).isNull());
        assertThat(imagesById).hasSize(4);
        assertThat(coco.get("images").get(0).get("file_name").asText()).contains("/");
        Set<Long> categories = new HashSet<>();
        coco.get("categories").forEach(c -> categories.add(c.get("id").asLong()));
        assertThat(coco.get("categories").get(0).get("name").asText()).isEqualTo("WBC");
        assertThat(coco.get("categories").get(1).get("name").asText()).isEqualTo("RBC");
        Set<Long> ids = new HashSet<>();
        for (JsonNode a : coco.get("annotations")) {
            assertThat(ids.add(a.get("id").asLong())).isTrue();
            JsonNode image = imagesById.get(a.get("image_id").asLong());
            assertThat(image).isNotNull();
            assertThat(categories).contains(a.get("category_id").asLong());
            JsonNode b = a.get("bbox");
            assertThat(b.get(0).asDouble()).isGreaterThanOrEqualTo(0);
            assertThat(b.get(1).asDouble()).isGreaterThanOrEqualTo(0);
            assertThat(b.get(2).asDouble()).isPositive();
            assertThat(b.get(3).asDouble()).isPositive();
            assertThat(b.get(0).asDouble() + b.get(2).asDouble()).isLessThanOrEqualTo(image.get("width").asDouble());
            assertThat(b.get(1).asDouble() + b.get(3).asDouble()).isLessThanOrEqualTo(image.get("height").asDouble());
            assertThat(a.get("area").asDouble()).isCloseTo(b.get(2).asDouble() * b.get(3).asDouble(),
                    org.assertj.core.data.Offset.offset(0.01));
            assertThat(a.get("iscrowd").asInt()).isZero();
        }
        assertThat(cli.err()).contains("bccd-zero-area-box", "dropped");
    }

    @Test
    void cocoImportGivesBackTheVocBoxes() throws Exception {
        Path images = pairs();
        assertThat(cli.run("convert", "--from", "voc", "--to", "coco", "--images", images.toString(), "--out",
                dir.resolve("coco").toString())).isZero();
        assertThat(cli.run("convert", "--from", "coco", "--to", "voc", "--images", images.toString(), "--labels",
                dir.resolve("coco/annotations.json").toString(), "--out", dir.resolve("back").toString())).isZero();
        assertThat(cli.out()).contains("Converted 4 of 4 images from coco to voc");
        Path image = images.resolve("poker-size-mismatch/53.jpg");
        ImageSize size = new ImageSize(1232, 942, 3);
        List<Box> original = Formats.VOC.read(images.resolve("poker-size-mismatch/53.xml"), ImageRef.of(image, size),
                FormatOptions.DEFAULT).annotation().boxes();
        ImageAnnotation back = Formats.VOC.read(dir.resolve("back/poker-size-mismatch/53.xml"), ImageRef.of(image, size),
                FormatOptions.DEFAULT).annotation();
        assertThat(back.boxes()).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            assertThat(back.boxes().get(i).label()).isEqualTo(original.get(i).label());
            assertThat(Math.abs(back.boxes().get(i).left() - Math.max(0, original.get(i).left()))).isLessThanOrEqualTo(1);
            assertThat(Math.abs(back.boxes().get(i).bottom() - Math.min(942, original.get(i).bottom())))
                    .isLessThanOrEqualTo(1);
        }
    }

    @Test
    void aCocoFileNamingUnknownImagesOrCategoriesIsReportedPerAnnotation() throws Exception {
        Path images = pairs();
        Files.writeString(dir.resolve("bad.json"), "{\"images\":[{\"id\":1,\"file_name\":\"53.jpg\",\"width\":1232,"
                + "\"height\":942},{\"id\":2,\"file_name\":\"missing.jpg\",\"width\":5,\"height\":5}],\"categories\":"
                + "[{\"id\":3,\"name\":\"card\"}],\"annotations\":[{\"id\":1,\"image_id\":1,\"category_id\":3,"
                + "\"bbox\":[10,10,20,20]},{\"id\":2,\"image_id\":1,\"category_id\":9,\"bbox\":[1,1,2,2]}]}");
        assertThat(cli.run("convert", "--from", "coco", "--to", "yolo", "--images", images.toString(), "--labels",
                dir.resolve("bad.json").toString(), "--out", dir.resolve("yolo").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("annotation 2 names an image or category", "missing.jpg: no such image");
        assertThat(Files.readString(dir.resolve("yolo/poker-size-mismatch/53.txt"))).startsWith("0 ");
    }

    @Test
    void aWrongCocoFileIsOneErrorNamingEveryPlaceAndNothingIsWritten() throws Exception {
        Path images = pairs();
        Files.writeString(dir.resolve("bad.json"), "{\"images\":[{\"id\":1,\"file_name\":\"/\"},{\"id\":1,"
                + "\"file_name\":\"53.jpg\"}],\"categories\":[{\"id\":3,\"name\":\"card\"}],\"annotations\":[{}]}");
        assertThat(cli.run("convert", "--from", "coco", "--to", "yolo", "--images", images.toString(), "--labels",
                dir.resolve("bad.json").toString(), "--out", dir.resolve("yolo").toString(), "--overwrite")).isEqualTo(1);
        assertThat(cli.err()).contains("bad.json", "images[0].file_name", "images[1].id", "annotations[0].bbox")
                .doesNotContain("NullPointerException", "none of the");
        assertThat(dir.resolve("yolo/poker-size-mismatch/53.txt")).doesNotExist();
    }

    @Test
    void twoEntriesFoundAsOneImageAreBothRefusedNotOverwritten() throws Exception {
        Path images = pairs();
        Files.writeString(dir.resolve("twins.json"), "{\"images\":[{\"id\":1,\"file_name\":\"x/53.jpg\"},"
                + "{\"id\":2,\"file_name\":\"y/53.jpg\"}],\"categories\":[{\"id\":3,\"name\":\"card\"}],"
                + "\"annotations\":[{\"id\":1,\"image_id\":1,\"category_id\":3,\"bbox\":[10,10,20,20]},"
                + "{\"id\":2,\"image_id\":2,\"category_id\":3,\"bbox\":[1,1,2,2]}]}");
        assertThat(cli.run("convert", "--from", "coco", "--to", "voc", "--images", images.toString(), "--labels",
                dir.resolve("twins.json").toString(), "--out", dir.resolve("voc").toString(), "--overwrite")).isEqualTo(1);
        assertThat(cli.err()).contains("x/53.jpg", "y/53.jpg");
        assertThat(dir.resolve("voc/poker-size-mismatch/53.xml")).doesNotExist();
    }
}
