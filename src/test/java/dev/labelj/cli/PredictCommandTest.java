package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.assist.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code labelj predict} end to end with the generated YOLOv8 test model on real files. A red 640 x 480 picture
 * gets four boxes (generator rows, letterbox by hand: see DetectorTest): person 0.9, dog 0.86, car 0.7, car 0.6.
 */
class PredictCommandTest {
    private static final String MANUAL_PERSON = "<object><name>person</name><pose>Unspecified</pose>"
            + "<truncated>0</truncated><difficult>0</difficult><bndbox><xmin>220</xmin><ymin>190</ymin>"
            + "<xmax>420</xmax><ymax>290</ymax></bndbox></object>";

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private Path folder(String name, int count) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (int i = 1; i <= count; i++) {
            TestModels.red(folder.resolve("img" + i + ".png"));
        }
        return folder;
    }

    private static String model() {
        return TestModels.model("yolov8").toString();
    }

    @Test
    void vocGoesNextToTheImagesWithReviewMarksBeside() throws Exception {
        Path imgs = folder("imgs", 1);
        assertThat(cli.run("predict", model(), imgs.toString(), "--format", "voc")).isZero();
        String xml = Files.readString(imgs.resolve("img1.xml"));
        assertThat(xml.split("<object>")).hasSize(5);
        assertThat(xml).contains("<xmin>220</xmin>").contains("<name>dog</name>").doesNotContain("score");
        assertThat(Files.readString(imgs.resolve(".labelj/img1.png.json"))).contains("\"person\"").contains("0.9");
        assertThat(cli.out()).contains("Predicted 1 images with yolov8.onnx (YOLOv8 / YOLO11, 320x320): 4 boxes"
                + " written to 1 images").contains("Boxes per class: car 2, dog 1, person 1.");
    }

    @Test
    void yoloGoesToTheSiblingLabelsFolderAndPassesYolov5sLabelCheck() throws Exception {
        Path images = folder("set/images", 2);
        assertThat(cli.run("predict", model(), images.toString(), "--format", "yolo")).isZero();
        Path labels = dir.resolve("set/labels");
        assertThat(Files.readAllLines(labels.resolve("classes.txt"))).containsExactly("person", "dog", "car");
        for (String name : List.of("img1.txt", "img2.txt")) {
            List<String> lines = Files.readAllLines(labels.resolve(name));
            assertThat(lines).hasSize(4);
            assertPassesYolov5LabelCheck(lines);
        }
    }

    @Test
    void createMlGoesNextToTheImages() throws Exception {
        Path imgs = folder("imgs", 1);
        assertThat(cli.run("predict", model(), imgs.toString(), "--format", "createml")).isZero();
        assertThat(Files.readString(imgs.resolve("img1.json"))).contains("\"label\":\"dog\"");
        assertThat(imgs.resolve(".labelj/img1.png.json")).exists();
    }

    @Test
    void labelsPutsAnnotationsClassesAndMarksInTheGivenFolder() throws Exception {
        Path imgs = folder("imgs", 1);
        Path out = dir.resolve("out");
        assertThat(cli.run("predict", model(), imgs.toString(), "--format", "yolo", "--labels", out.toString()))
                .isZero();
        assertThat(out.resolve("img1.txt")).exists();
        assertThat(out.resolve("classes.txt")).exists();
        assertThat(out.resolve(".labelj/img1.png.json")).exists();
        try (var left = Files.list(imgs)) {
            assertThat(left).containsExactly(imgs.resolve("img1.png"));
        }
    }

    /** What YOLOv5's verify_image_label demands: 5 columns, a whole class id, coordinates in 0..1, no repeats. */
    private static void assertPassesYolov5LabelCheck(List<String> lines) {
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            String[] columns = line.trim().split("\\s+");
            assertThat(columns).hasSize(5);
            assertThat(columns[0]).matches("\\d+");
            for (int i = 1; i < 5; i++) {
                assertThat(Double.parseDouble(columns[i])).isBetween(0.0, 1.0);
            }
            assertThat(seen.add(line)).as("duplicate row " + line).isTrue();
        }
    }

    @Test
    void anAnnotatedImageIsLeftByteForByteUnlessAllIsGivenAndThenKeepsItsBoxes() throws Exception {
        Path imgs = folder("imgs", 2);
        Path xml = imgs.resolve("img1.xml");
        Files.writeString(xml, "<annotation><filename>img1.png</filename><size><width>640</width>"
                + "<height>480</height><depth>3</depth></size>" + MANUAL_PERSON + "</annotation>");
        byte[] before = Files.readAllBytes(xml);
        assertThat(cli.run("predict", model(), imgs.toString())).isZero();
        assertThat(Files.readAllBytes(xml)).isEqualTo(before);
        assertThat(cli.out()).contains("(1 already annotated");

        assertThat(cli.run("predict", model(), imgs.toString(), "--all")).isZero();
        String after = Files.readString(xml);
        // the hand-made person stays; the predicted person is the same object (IoU 1) and is left out
        assertThat(after.split("<name>person</name>")).hasSize(2);
        assertThat(after).contains("<name>dog</name>").contains("<xmin>220</xmin>");
        assertThat(after.split("<object>")).hasSize(5);
    }

    @Test
    void overwritePredictedReplacesOnlyUnreviewedPredictions() throws Exception {
        Path imgs = folder("imgs", 1);
        assertThat(cli.run("predict", model(), imgs.toString())).isZero();
        Path xml = imgs.resolve("img1.xml");
        // the user draws one box by hand beside the proposals
        String withManual = Files.readString(xml).replace("</annotation>",
                MANUAL_PERSON.replace("220", "500").replace("420", "600") + "</annotation>");
        Files.writeString(xml, withManual);

        assertThat(cli.run("predict", model(), imgs.toString(), "--conf", "0.65")).isZero();
        assertThat(Files.readString(xml)).isEqualTo(withManual);

        assertThat(cli.run("predict", model(), imgs.toString(), "--conf", "0.65", "--overwrite-predicted", "--all"))
                .isZero();
        String after = Files.readString(xml);
        assertThat(after.split("<object>")).hasSize(5);
        assertThat(after).contains("<xmin>500</xmin>").doesNotContain("<ymin>460</ymin>");
        assertThat(Files.readString(imgs.resolve(".labelj/img1.png.json"))).doesNotContain("0.6");
    }

    @Test
    void shardsSplitTheFolderWithoutOverlap() throws Exception {
        Path imgs = folder("imgs", 5);
        assertThat(cli.run("predict", model(), imgs.toString(), "--shard", "1/2")).isZero();
        assertThat(List.of(1, 2, 3, 4, 5)).allSatisfy(i ->
                assertThat(Files.exists(imgs.resolve("img" + i + ".xml"))).isEqualTo(i % 2 == 1));
        assertThat(cli.run("predict", model(), imgs.toString(), "--shard", "2/2")).isZero();
        assertThat(cli.out()).contains("Predicted 3 images").contains("Predicted 2 images");
        assertThat(List.of(1, 2, 3, 4, 5)).allSatisfy(i -> assertThat(imgs.resolve("img" + i + ".xml")).exists());
    }

    @Test
    void shardedYoloRunsNeedTheClassListFirstSoNoTwoShardsAppendDifferentIds() throws Exception {
        Path images = folder("set/images", 2);
        // each shard would append new names to one classes.txt in the order its images meet them
        assertThat(cli.run("predict", model(), images.toString(), "--format", "yolo", "--shard", "1/2")).isEqualTo(2);
        assertThat(cli.err()).contains("--shard").contains("classes.txt").contains("person, car, dog");
        assertThat(dir.resolve("set/labels")).doesNotExist();
        Path classes = Files.writeString(Files.createDirectories(dir.resolve("lists")).resolve("names.txt"),
                "dog\ncar\nperson\n");
        assertThat(cli.run("predict", model(), images.toString(), "--format", "yolo", "--shard", "1/2", "--classes",
                classes.toString())).isZero();
        assertThat(cli.run("predict", model(), images.toString(), "--format", "yolo", "--shard", "2/2", "--classes",
                classes.toString())).isZero();
        assertThat(Files.readAllLines(dir.resolve("set/labels/classes.txt"))).containsExactly("dog", "car", "person");
    }

    @Test
    void unreadableFilesAreNamedSkippedAndLeftAsTheyAre() throws Exception {
        Path imgs = folder("imgs", 2);
        Path broken = imgs.resolve("img1.xml");
        Files.writeString(broken, "<annotation><object>");
        Files.write(imgs.resolve("junk.png"), new byte[] {1, 2, 3});
        assertThat(cli.run("predict", model(), imgs.toString(), "--all")).isEqualTo(1);
        assertThat(Files.readString(broken)).isEqualTo("<annotation><object>");
        assertThat(cli.err()).contains(broken.toString()).contains(imgs.resolve("junk.png").toString());
        assertThat(imgs.resolve("img2.xml")).exists();
        assertThat(cli.out()).contains("2 failed");
    }

    @Test
    void classesAreMatchedByNameAndMappedOrIgnored() throws Exception {
        Path imgs = folder("imgs", 1);
        Path classes = Files.writeString(dir.resolve("classes.txt"), "Car\nanimal\n");
        assertThat(cli.run("predict", model(), imgs.toString(), "--classes", classes.toString(), "--map",
                "dog=animal")).isZero();
        String xml = Files.readString(imgs.resolve("img1.xml"));
        assertThat(xml).contains("<name>Car</name>").contains("<name>animal</name>").doesNotContain("person");
        assertThat(cli.err()).contains("model classes not in the class list are ignored: person");
    }

    @Test
    void aModelWithoutNamesTakesThemFromClassesTxtBesideIt() throws Exception {
        Path imgs = folder("imgs", 1);
        Path models = Files.createDirectories(dir.resolve("weights"));
        Path bare = Files.copy(TestModels.model("yolov8-no-metadata"), models.resolve("best.onnx"));
        assertThat(cli.run("predict", bare.toString(), imgs.toString())).isEqualTo(2);
        assertThat(cli.err()).contains(bare.toString()).contains("no class names");
        Files.writeString(models.resolve("classes.txt"), "man\nauto\nhound\n");
        assertThat(cli.run("predict", bare.toString(), imgs.toString())).isZero();
        assertThat(Files.readString(imgs.resolve("img1.xml"))).contains("<name>hound</name>");
    }

    @Test
    void badArgumentsAndUnusableModelsExitWithTwo() throws Exception {
        Path imgs = folder("imgs", 1);
        assertThat(cli.run("predict", TestModels.model("unknown-layout").toString(), imgs.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("input [1, 3, 64, 64], output [1, 5]");
        assertThat(cli.run("predict", dir.resolve("missing.onnx").toString(), imgs.toString())).isEqualTo(2);
        assertThat(cli.run("predict", model(), imgs.toString(), "--shard", "3/2")).isEqualTo(2);
        assertThat(cli.run("predict", model(), imgs.toString(), "--all", "--unlabelled")).isEqualTo(2);
        assertThat(cli.run("predict", model(), imgs.toString(), "--conf", "1.5")).isEqualTo(2);
        assertThat(imgs.resolve("img1.xml")).doesNotExist();
    }
}
