package dev.labelj.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.io.Fixtures;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.Box;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headless batch conversion on the real image + annotation pairs, decoded by OpenCV. */
class FormatConverterTest {
    @TempDir
    Path dir;

    private Path pairsInSubfolders() throws Exception {
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
    void vocNextToImagesToCreateMlAndBackKeepsBoxesAndReportsProgress() throws Exception {
        Path images = pairsInSubfolders();
        List<Integer> progress = new ArrayList<>();
        ConvertReport toJson = FormatConverter.convert(new ConvertRequest(Formats.VOC, Formats.CREATE_ML, images,
                Optional.empty(), dir.resolve("json"), ClassList.EMPTY), (done, total, image) -> {
                    assertThat(total).isEqualTo(4);
                    progress.add(done);
                });
        assertThat(progress).containsExactly(1, 2, 3, 4);
        assertThat(toJson.converted()).isEqualTo(4);
        assertThat(toJson.allConverted()).isTrue();
        assertThat(toJson.warnings()).anySatisfy(w -> assertThat(w.message()).contains("1200x900", "1232x942"));
        Path json = dir.resolve("json/poker-size-mismatch/53.json");
        assertThat(Files.readString(json)).startsWith("[{\"image\":\"53.jpg\",\"verified\":false,");

        ConvertReport back = FormatConverter.convert(new ConvertRequest(Formats.CREATE_ML, Formats.VOC, images,
                Optional.of(dir.resolve("json")), dir.resolve("voc"), ClassList.EMPTY), ConvertProgress.NONE);
        assertThat(back.converted()).isEqualTo(4);
        Path image = images.resolve("bccd-zero-area-box/BloodImage_00338.jpg");
        ImageAnnotation original = Formats.VOC.read(image.resolveSibling("BloodImage_00338.xml"),
                ImageRef.of(image, new ImageSize(640, 480, 3)), FormatOptions.DEFAULT).annotation();
        ImageAnnotation converted = Formats.VOC.read(dir.resolve("voc/bccd-zero-area-box/BloodImage_00338.xml"),
                ImageRef.of(image, new ImageSize(640, 480, 3)), FormatOptions.DEFAULT).annotation();
        assertThat(converted.boxes()).extracting(Box::label).isEqualTo(original.boxes().stream().map(Box::label).toList());
        assertThat(converted.boxes()).extracting(Box::xMin).isEqualTo(original.boxes().stream().map(Box::xMin).toList());
        assertThat(converted.boxes().get(0).difficult()).isFalse();
    }

    @Test
    void aOneFileCreateMlExportBesideTheImagesIsReadForEachImage() throws Exception {
        Path images = Files.createDirectories(dir.resolve("roboflow"));
        Path export = Files.copy(Fixtures.annotation("createml/roboflow-pretty__test__annotations.createml.json"),
                images.resolve("_annotations.createml.json"));
        List<String> names = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(export.toFile())
                .forEach(entry -> names.add(entry.get("image").asText()));
        for (String name : names) {
            ImageIO.write(new BufferedImage(640, 640, BufferedImage.TYPE_3BYTE_BGR), "jpg",
                    images.resolve(name).toFile());
        }
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_3BYTE_BGR), "jpg",
                images.resolve("not-in-the-export.jpg").toFile());

        ConvertReport report = FormatConverter.convert(new ConvertRequest(Formats.CREATE_ML, Formats.VOC, images,
                Optional.empty(), dir.resolve("voc"), ClassList.EMPTY), ConvertProgress.NONE);

        assertThat(report.failures()).isEmpty();
        assertThat(report.converted()).isEqualTo(names.size()).isGreaterThan(1);
        assertThat(report.withoutAnnotation()).isEqualTo(1);
        String first = names.get(0).replaceFirst("\\.jpg$", ".xml");
        assertThat(Files.readString(dir.resolve("voc").resolve(first)))
                .contains("<name>license-plate</name>", "<xmin>258</xmin>", "<xmax>304</xmax>");
    }

    @Test
    void imagesWithoutAnnotationAreCountedAndUndecodableImagesFailByName() throws Exception {
        Path images = Files.createDirectories(dir.resolve("imgs"));
        Files.write(images.resolve("broken.jpg"), new byte[] {1, 2, 3});
        Files.writeString(images.resolve("broken.xml"), "<annotation/>");
        Files.copy(Fixtures.annotation("pairs/cats-empty-verified/70.jpg"), images.resolve("lonely.jpg"));
        ConvertReport report = FormatConverter.convert(new ConvertRequest(Formats.VOC, Formats.YOLO, images,
                Optional.empty(), dir.resolve("out"), ClassList.EMPTY), ConvertProgress.NONE);
        assertThat(report.images()).isEqualTo(2);
        assertThat(report.withoutAnnotation()).isEqualTo(1);
        assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.message()).contains("broken.jpg"));
        assertThat(Files.exists(dir.resolve("out/broken.txt"))).isFalse();
    }

    @Test
    void yoloLabelsFolderBesideImagesIsFoundAndClassFilesStayInsideTheOutputFolder() throws Exception {
        Path set = dir.resolve("set");
        Path images = Files.createDirectories(set.resolve("images"));
        Files.copy(Fixtures.annotation("pairs/cats-empty-verified/70.jpg"), images.resolve("70.jpg"));
        Files.createDirectories(set.resolve("labels"));
        Files.writeString(set.resolve("labels/70.txt"), "1 0.5 0.5 0.5 0.5\n");
        Files.writeString(set.resolve("classes.txt"), "cat\ndog\n");
        Path out = set.resolve("out");
        ConvertReport toVoc = FormatConverter.convert(new ConvertRequest(Formats.YOLO, Formats.VOC, images,
                Optional.empty(), out, ClassList.EMPTY), ConvertProgress.NONE);
        assertThat(toVoc.converted()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("70.xml"))).contains("<name>dog</name>", "<xmin>90</xmin>",
                "<ymax>203</ymax>");
        ConvertReport toYolo = FormatConverter.convert(new ConvertRequest(Formats.VOC, Formats.YOLO, images,
                Optional.of(out), set.resolve("yolo"), ClassList.of("person")), ConvertProgress.NONE);
        assertThat(toYolo.converted()).isEqualTo(1);
        assertThat(Files.readString(set.resolve("yolo/classes.txt"))).isEqualTo("person\ndog\n");
        // 67.5 px became 68 in VOC (rounded), so the centre moved by half a pixel
        assertThat(Files.readString(set.resolve("yolo/70.txt"))).isEqualTo("1 0.500000 0.501852 0.500000 0.500000\n");
        assertThat(Files.readString(set.resolve("classes.txt"))).isEqualTo("cat\ndog\n");
    }

    @Test
    void writingIntoALabelsFolderKeepsTheIdsOfTheDatasetsClassesTxtAbove() throws Exception {
        Path set = dir.resolve("set");
        Path images = Files.createDirectories(set.resolve("images"));
        Files.copy(Fixtures.annotation("pairs/cats-empty-verified/70.jpg"), images.resolve("1.jpg"));
        Files.writeString(set.resolve("classes.txt"), "\u5305\n\u4e66\n\u7535\u8bdd\n");
        Path voc = Files.createDirectories(dir.resolve("voc"));
        Formats.VOC.write(voc.resolve("1.xml"), ImageAnnotation.of(images.resolve("1.jpg"),
                new ImageSize(180, 135, 3), List.of(Box.of("\u7535\u8bdd", 10, 10, 50, 50))), FormatOptions.DEFAULT);

        ConvertReport report = FormatConverter.convert(new ConvertRequest(Formats.VOC, Formats.YOLO, images,
                Optional.of(voc), set.resolve("labels"), ClassList.EMPTY), ConvertProgress.NONE);

        assertThat(report.converted()).isEqualTo(1);
        assertThat(Files.readString(set.resolve("labels/1.txt"))).startsWith("2 ");
        assertThat(Files.readString(set.resolve("labels/classes.txt")))
                .isEqualTo(Files.readString(set.resolve("classes.txt")));
        assertThat(Files.readString(set.resolve("classes.txt"))).isEqualTo("\u5305\n\u4e66\n\u7535\u8bdd\n");
    }

    @Test
    void imagesThreeFoldersDeepShareTheOneClassesTxtOfTheConvertedDataset() throws Exception {
        Path images = dir.resolve("images");
        Map<String, List<String>> labelsByStem = Map.of("top", List.of("person", "cat"), "a/b/c/deep",
                List.of("person", "dog"));
        for (Map.Entry<String, List<String>> image : labelsByStem.entrySet()) {
            Path jpg = images.resolve(image.getKey() + ".jpg");
            Files.createDirectories(jpg.getParent());
            Files.copy(Fixtures.annotation("pairs/cats-empty-verified/70.jpg"), jpg);
            List<Box> boxes = image.getValue().stream().map(label -> Box.of(label, 10, 10, 50, 50)).toList();
            Formats.VOC.write(images.resolve(image.getKey() + ".xml"),
                    ImageAnnotation.of(jpg, new ImageSize(64, 64, 3), boxes), FormatOptions.DEFAULT);
        }
        Path out = dir.resolve("out");
        ConvertReport report = FormatConverter.convert(new ConvertRequest(Formats.VOC, Formats.YOLO, images,
                Optional.empty(), out, ClassList.EMPTY), ConvertProgress.NONE);
        assertThat(report.converted()).isEqualTo(2);
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().equals("classes.txt")).toList())
                    .containsExactly(out.resolve("classes.txt"));
        }
        List<String> names = Files.readAllLines(out.resolve("classes.txt"));
        assertThat(names).containsExactlyInAnyOrder("person", "cat", "dog");
        for (Map.Entry<String, List<String>> image : labelsByStem.entrySet()) {
            List<String> written = Files.readAllLines(out.resolve(image.getKey() + ".txt")).stream()
                    .map(line -> names.get(Integer.parseInt(line.split(" ")[0]))).toList();
            assertThat(written).isEqualTo(image.getValue());
        }
    }
}
