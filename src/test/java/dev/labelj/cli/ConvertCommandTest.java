package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.Fixtures;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labelj convert} end to end on the shared fixture folders, with real images on disk. */
class ConvertCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    /** Every fixture VOC file with an image of its size (the four real pairs keep their real JPEGs). */
    private Map<String, ImageAnnotation> vocDataset(Path images, Path labels) throws Exception {
        Files.createDirectories(images);
        Files.createDirectories(labels);
        Map<String, ImageAnnotation> originals = new TreeMap<>();
        try (Stream<Path> pairs = Files.walk(Fixtures.annotation("pairs"))) {
            for (Path file : pairs.filter(Files::isRegularFile).toList()) {
                Files.copy(file, (file.toString().endsWith(".xml") ? labels : images).resolve(file.getFileName()));
            }
        }
        for (String folder : List.of("voc-labelimg", "voc-other")) {
            try (Stream<Path> files = Files.list(Fixtures.annotation(folder))) {
                for (Path xml : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                    String stem = xml.getFileName().toString().replaceFirst("\\.xml$", "");
                    Files.copy(xml, labels.resolve(stem + ".xml"));
                    ImageSize size = sizeFor(xml);
                    ImageIO.write(new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_3BYTE_BGR), "png",
                            images.resolve(stem + ".png").toFile());
                }
            }
        }
        try (Stream<Path> files = Files.list(images)) {
            for (Path image : files.sorted().toList()) {
                String stem = image.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
                Path xml = labels.resolve(stem + ".xml");
                ImageSize real = realSize(image);
                try {
                    originals.put(stem, Formats.VOC.read(xml, ImageRef.of(image, real), FormatOptions.DEFAULT)
                            .annotation());
                } catch (AnnotationIoException corrupt) {
                    assertThat(stem).contains("CORRUPT");
                }
            }
        }
        return originals;
    }

    private static ImageSize sizeFor(Path xml) {
        try {
            return Formats.VOC.read(xml, ImageRef.withoutSize(xml), FormatOptions.DEFAULT).annotation().size()
                    .orElse(new ImageSize(720, 576, 3));
        } catch (AnnotationIoException corrupt) {
            return new ImageSize(100, 80, 3);
        }
    }

    private static ImageSize realSize(Path image) throws Exception {
        BufferedImage decoded = ImageIO.read(image.toFile());
        return new ImageSize(decoded.getWidth(), decoded.getHeight(), 3);
    }

    @Test
    void vocToYoloToVocKeepsEveryBoxWithinOnePixelAndEveryLabel() throws Exception {
        Path images = dir.resolve("images");
        Path voc = dir.resolve("voc");
        Map<String, ImageAnnotation> originals = vocDataset(images, voc);
        assertThat(originals).hasSize(27);

        assertThat(cli.run("convert", "--from", "voc", "--to", "yolo", "--images", images.toString(),
                "--labels", voc.toString(), "--out", dir.resolve("yolo").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("haishen__000294.CORRUPT-all-NUL.xml").doesNotContain("Exception");
        assertThat(cli.out()).contains("Converted 27 of 28 images from voc to yolo (0 without annotation, 0 kept, 1 failed).");
        List<String> classes = Files.readAllLines(dir.resolve("yolo/classes.txt"), StandardCharsets.UTF_8);
        assertThat(classes).doesNotHaveDuplicates().contains("Remaining", "PlayersLeft", "untied_shoes", "RBC");
        assertThat(Files.readString(dir.resolve("yolo/53.txt"))).startsWith(classes.indexOf("Remaining") + " ");

        cli.clearOut();
        assertThat(cli.run("convert", "--from", "yolo", "--to", "voc", "--images", images.toString(),
                "--labels", dir.resolve("yolo").toString(), "--out", dir.resolve("back").toString())).isZero();
        assertThat(cli.out()).contains("Converted 27 of 28 images from yolo to voc (1 without annotation, 0 kept, 0 failed).");

        for (Map.Entry<String, ImageAnnotation> entry : originals.entrySet()) {
            ImageAnnotation original = entry.getValue();
            Path image = original.imageFile();
            ImageAnnotation back = Formats.VOC.read(dir.resolve("back").resolve(entry.getKey() + ".xml"),
                    ImageRef.of(image, original.size().orElseThrow()), FormatOptions.DEFAULT).annotation();
            assertSameBoxesWithinOnePixel(entry.getKey(), original, back);
        }
    }

    private static void assertSameBoxesWithinOnePixel(String name, ImageAnnotation original, ImageAnnotation back) {
        ImageSize size = original.size().orElseThrow();
        // YOLO drops boxes with no area inside the image (docs/adr/0053-boxes-trainers-cannot-use.md)
        List<Box> usable = original.boxes().stream().filter(b -> clamp(b.right(), size.width())
                > clamp(b.left(), size.width()) && clamp(b.bottom(), size.height()) > clamp(b.top(), size.height()))
                .toList();
        assertThat(back.boxes()).as(name).hasSameSizeAs(usable);
        for (int i = 0; i < usable.size(); i++) {
            Box before = usable.get(i);
            Box after = back.boxes().get(i);
            String where = name + " box " + i;
            // classes.txt holds stripped names, so YOLO carries "untied_shoes " as "untied_shoes"
            assertThat(after.label()).as(where).isEqualTo(before.label().strip());
            assertThat(Math.abs(after.left() - clamp(before.left(), size.width()))).as(where).isLessThanOrEqualTo(1.0);
            assertThat(Math.abs(after.right() - clamp(before.right(), size.width()))).as(where).isLessThanOrEqualTo(1.0);
            assertThat(Math.abs(after.top() - clamp(before.top(), size.height()))).as(where).isLessThanOrEqualTo(1.0);
            assertThat(Math.abs(after.bottom() - clamp(before.bottom(), size.height()))).as(where)
                    .isLessThanOrEqualTo(1.0);
        }
    }

    private static double clamp(double value, int extent) {
        return Math.max(0, Math.min(extent, value));
    }

    @Test
    void yoloToVocToYoloKeepsClassIdsEvenBeyondTheClassList() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        Path labels = dir.resolve("labels");
        Path source = Fixtures.annotation("yolo/labelimg-plates");
        Files.createDirectories(labels);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, labels.resolve(file.getFileName()));
                String name = file.getFileName().toString();
                if (!name.equals("classes.txt")) {
                    ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR), "png",
                            images.resolve(name.replace(".txt", ".png")).toFile());
                }
            }
        }
        assertThat(cli.run("convert", "--from", "yolo", "--to", "voc", "--images", images.toString(), "--labels",
                labels.toString(), "--out", dir.resolve("voc").toString())).isZero();
        assertThat(cli.err()).contains("class id 31 is beyond the 29 known classes");
        assertThat(Files.readString(dir.resolve("voc/0089.xml"))).contains("<name>class_31</name>");
        assertThat(cli.run("convert", "--from", "voc", "--to", "yolo", "--images", images.toString(), "--labels",
                dir.resolve("voc").toString(), "--out", dir.resolve("yolo").toString(), "--classes",
                labels.resolve("classes.txt").toString())).isZero();
        for (String name : List.of("0001.txt", "0002.txt", "0026.txt", "0089.txt", "0101.txt")) {
            List<String> before = Files.readAllLines(labels.resolve(name), StandardCharsets.UTF_8);
            List<String> after = Files.readAllLines(dir.resolve("yolo").resolve(name), StandardCharsets.UTF_8);
            assertThat(after).as(name).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                String[] b = before.get(i).trim().split("\\s+");
                String[] a = after.get(i).trim().split("\\s+");
                assertThat(a[0]).as(name + " line " + (i + 1)).isEqualTo(b[0]);
                for (int k = 1; k < 5; k++) {
                    double pixels = (k % 2 == 1 ? 640 : 480);
                    assertThat(Math.abs(Double.parseDouble(a[k]) - Double.parseDouble(b[k])) * pixels)
                            .as(name + " line " + (i + 1)).isLessThanOrEqualTo(1.0);
                }
            }
        }
        // the names keep their ids and placeholders follow up to id 35, so every id written has a name
        String names = Files.readString(labels.resolve("classes.txt"));
        assertThat(Files.readString(dir.resolve("yolo/classes.txt"))).startsWith(names).endsWith("class_35\n");
        assertThat(Files.readAllLines(dir.resolve("yolo/classes.txt"))).hasSize(36);
        assertThat(Files.readAllBytes(labels.resolve("classes.txt"))).isEqualTo(
                Files.readAllBytes(Fixtures.annotation("yolo/labelimg-plates/classes.txt")));
    }

    @Test
    void anUnexpectedErrorInOneImageIsThatImagesFailureNamedOnStderrAndTheBatchGoesOn() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        Path labels = Files.createDirectories(dir.resolve("labels"));
        for (String stem : List.of("a-huge", "b-fine")) {
            Files.copy(Fixtures.annotation("pairs/cats-empty-verified/70.jpg"), images.resolve(stem + ".jpg"));
        }
        // finite fractions whose pixel edges overflow to infinity, which the box model refuses
        Files.writeString(labels.resolve("a-huge.txt"), "0 1e308 0.5 1e308 0.5\n");
        Files.writeString(labels.resolve("b-fine.txt"), "0 0.5 0.5 0.5 0.5\n");
        Files.writeString(labels.resolve("classes.txt"), "cat\n");
        int code = cli.run("convert", "--from", "yolo", "--to", "voc", "--images", images.toString(), "--labels",
                labels.toString(), "--out", dir.resolve("voc").toString());
        assertThat(code).isEqualTo(1);
        assertThat(cli.err()).contains("a-huge").doesNotContain("\tat ");
        assertThat(cli.out()).contains("Converted 1 of 2 images", "1 failed");
        assertThat(Files.readString(dir.resolve("voc/b-fine.xml"))).contains("<name>cat</name>");
        assertThat(Files.exists(dir.resolve("voc/a-huge.xml"))).isFalse();
    }

    @Test
    void anExistingAnnotationInTheOutputIsKeptAndReportedUnlessOverwriteIsGiven() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Path out = Files.createDirectories(dir.resolve("voc"));
        for (String stem : List.of("a", "b")) {
            Files.copy(Fixtures.annotation("pairs/cats-empty-verified/70.jpg"), images.resolve(stem + ".jpg"));
            Files.writeString(labels.resolve(stem + ".txt"), "0 0.5 0.5 0.5 0.5\n");
        }
        Files.writeString(labels.resolve("classes.txt"), "cat\n");
        String handMade = "<annotation verified=\"yes\"><object><name>dog</name></object></annotation>\n";
        Files.writeString(out.resolve("a.xml"), handMade);
        String[] args = {"convert", "--from", "yolo", "--to", "voc", "--images", images.toString(), "--labels",
                labels.toString(), "--out", out.toString()};

        assertThat(cli.run(args)).isEqualTo(1);
        assertThat(cli.err()).contains("a.xml", "already exists", "--overwrite");
        assertThat(cli.out()).contains("Converted 1 of 2 images", "1 kept, 0 failed");
        assertThat(Files.readString(out.resolve("a.xml"))).isEqualTo(handMade);
        assertThat(Files.readString(out.resolve("b.xml"))).contains("<name>cat</name>");

        String[] withOverwrite = java.util.Arrays.copyOf(args, args.length + 1);
        withOverwrite[args.length] = "--overwrite";
        assertThat(cli.run(withOverwrite)).isZero();
        assertThat(Files.readString(out.resolve("a.xml"))).contains("<name>cat</name>").doesNotContain("dog");
    }

    @Test
    void badArgumentsExitTwoWithoutAStackTrace() {
        assertThat(cli.run("convert", "--from", "labelme", "--to", "voc", "--images", dir.toString(), "--out",
                dir.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("unknown format 'labelme'", "voc, yolo, createml, coco");
        assertThat(cli.run("convert", "--from", "voc", "--to", "yolo", "--images", dir.resolve("nope").toString(),
                "--out", dir.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("image folder not found");
        assertThat(cli.run("convert", "--from", "voc")).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required option").doesNotContain("at picocli");
    }
}
