package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stats}, {@code validate} and {@code split} on purpose-made datasets whose numbers are known. */
class DatasetToolsTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private void png(Path file, int width, int height) throws Exception {
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR), "png", file.toFile());
    }

    private static String box(String name, int x1, int y1, int x2, int y2) {
        return "<object><name>" + name + "</name><bndbox><xmin>" + x1 + "</xmin><ymin>" + y1 + "</ymin><xmax>" + x2
                + "</xmax><ymax>" + y2 + "</ymax></bndbox></object>";
    }

    private Path known() throws Exception {
        Path images = dir.resolve("images");
        for (String stem : List.of("a", "b", "c", "d", "e")) {
            png(images.resolve(stem + ".png"), 100, 80);
        }
        Files.writeString(images.resolve("a.xml"), "<annotation verified=\"yes\"><size><width>200</width><height>100"
                + "</height><depth>3</depth></size>" + box("cat", 10, 10, 50, 40) + box("cat", 60, 10, 90, 40)
                + box("dog", 5, 5, 20, 20) + "</annotation>\n");
        Files.writeString(images.resolve("b.xml"), "<annotation></annotation>\n");
        Files.writeString(images.resolve("d.xml"), "<annotation>" + box("cat", 10, 10, 50, 40) + box("cat", 11, 10, 50, 40)
                + box("dog", 500, 500, 600, 600) + box("dog", 30, 30, 30, 50) + "</annotation>\n");
        Files.writeString(images.resolve("e.xml"), "<annotation><object>");
        Files.writeString(images.resolve("orphan.xml"), "<annotation>" + box("cat", 1, 1, 9, 9) + "</annotation>\n");
        return images;
    }

    @Test
    void statsCountsAKnownDataset() throws Exception {
        Path images = known();
        assertThat(cli.run("stats", images.toString(), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("images").asInt()).isEqualTo(5);
        assertThat(json.get("labelled").asInt()).isEqualTo(2);
        assertThat(json.get("negative").asInt()).isEqualTo(1);
        assertThat(json.get("unlabelled").asInt()).isEqualTo(1);
        assertThat(json.get("unreadable").asInt()).isEqualTo(1);
        assertThat(json.get("verified").asInt()).isEqualTo(1);
        assertThat(json.get("boxes").asInt()).isEqualTo(7);
        assertThat(json.get("boxes_per_class").get("cat").asInt()).isEqualTo(4);
        assertThat(json.get("boxes_per_class").get("dog").asInt()).isEqualTo(3);
        assertThat(json.get("boxes_per_image").get("min").asInt()).isZero();
        assertThat(json.get("boxes_per_image").get("median").asDouble()).isEqualTo(3.0);
        assertThat(json.get("boxes_per_image").get("max").asInt()).isEqualTo(4);
        assertThat(json.get("imbalance").asDouble()).isCloseTo(4.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        int sized = 0;
        for (JsonNode count : json.get("box_sizes")) {
            sized += count.asInt();
        }
        assertThat(sized).isEqualTo(7);
        cli.clearOut();
        assertThat(cli.run("stats", images.toString())).isZero();
        assertThat(cli.out()).contains("images:     5 (2 labelled, 1 negative, 1 unlabelled, 1 unreadable; 1 verified)");
    }

    @Test
    void validateNamesEachProblemWithItsFileAndSeverity() throws Exception {
        Path images = known();
        assertThat(cli.run("validate", images.toString(), "--json")).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(codes(json, "error")).containsExactlyInAnyOrder("unreadable-annotation", "box-outside", "box-no-area");
        assertThat(codes(json, "warning")).containsExactlyInAnyOrder("size-mismatch", "duplicate-box",
                "annotation-without-image");
        assertThat(json.toString()).contains("e.xml", "orphan.xml");
        assertThat(find(json, "duplicate-box").get("box").asInt()).isEqualTo(2);
        assertThat(find(json, "box-outside").get("box").asInt()).isEqualTo(3);
        assertThat(find(json, "box-outside").get("file").asText()).endsWith("d.xml");

        Files.writeString(dir.resolve("classes.txt"), "cat\n");
        cli.clearOut();
        assertThat(cli.run("validate", images.toString(), "--json", "--classes", dir.resolve("classes.txt").toString()))
                .isEqualTo(1);
        assertThat(codes(new ObjectMapper().readTree(cli.out()), "error")).filteredOn("unknown-label"::equals).hasSize(3);
    }

    @Test
    void validateFindsStemCollisionsAndPassesACleanDataset() throws Exception {
        Path images = dir.resolve("images");
        png(images.resolve("f.jpg"), 100, 80);
        png(images.resolve("f.png"), 100, 80);
        Files.writeString(images.resolve("f.xml"), "<annotation>" + box("cat", 1, 1, 9, 9) + "</annotation>\n");
        assertThat(cli.run("validate", images.toString())).isEqualTo(1);
        assertThat(cli.out()).contains("error stem-collision", "f.jpg and f.png share this one annotation file", "1 error(s)");
        Files.delete(images.resolve("f.png"));
        cli.clearOut();
        assertThat(cli.run("validate", images.toString())).isZero();
        assertThat(cli.out()).contains("0 error(s), 0 warning(s)");
    }

    @Test
    void splitIsStratifiedAndReproducible() throws Exception {
        Path images = dir.resolve("images");
        for (int i = 0; i < 100; i++) {
            png(images.resolve(String.format("%03d.png", i)), 40, 30);
            String objects = i < 60 ? box("cat", 1, 1, 9, 9) : i < 90 ? box("cat", 1, 1, 9, 9) + box("dog", 2, 2, 8, 8) : "";
            Files.writeString(images.resolve(String.format("%03d.xml", i)), "<annotation>" + objects + "</annotation>\n");
        }
        String[] args = {"split", images.toString(), "--train", "0.8", "--val", "0.2", "--seed", "7"};
        assertThat(cli.run(args)).isZero();
        List<String> train = Files.readAllLines(images.resolve("train.txt"));
        List<String> val = Files.readAllLines(images.resolve("val.txt"));
        assertThat(train).hasSize(80).doesNotContainAnyElementsOf(val);
        assertThat(val).hasSize(20);
        assertThat(val.stream().filter(p -> p.compareTo("./060") >= 0 && p.compareTo("./090") < 0)).hasSize(6);
        assertThat(val.stream().filter(p -> p.compareTo("./090") >= 0)).hasSize(2);
        assertThat(Files.readString(images.resolve("data.yaml"))).contains("train: train.txt", "val: val.txt", "nc: 2",
                "  0: 'cat'", "  1: 'dog'");
        assertThat(cli.run(args)).isZero();
        assertThat(Files.readAllLines(images.resolve("val.txt"))).isEqualTo(val);
        args[args.length - 1] = "8";
        assertThat(cli.run(args)).isZero();
        assertThat(Files.readAllLines(images.resolve("val.txt"))).isNotEqualTo(val).hasSize(20);
        Path singles = dir.resolve("singles");
        for (String label : List.of("a", "b", "c", "d")) {
            png(singles.resolve(label + ".png"), 40, 30);
            Files.writeString(singles.resolve(label + ".xml"), "<annotation>" + box(label, 1, 1, 9, 9) + "</annotation>\n");
        }
        assertThat(cli.run("split", singles.toString(), "--train", "0.5", "--val", "0.5")).isZero();
        assertThat(Files.readAllLines(singles.resolve("train.txt"))).as("one image per class still splits").hasSize(2);
        assertThat(cli.run("split", images.toString(), "--train", "0.8", "--val", "0.3")).isEqualTo(2);
        assertThat(cli.err()).contains("add up to 1");
    }

    private static List<String> codes(JsonNode json, String severity) {
        List<String> codes = new java.util.ArrayList<>();
        json.get("findings").forEach(f -> {
            if (f.get("severity").asText().equals(severity)) {
                codes.add(f.get("code").asText());
            }
        });
        return codes;
    }

    private static JsonNode find(JsonNode json, String code) {
        for (JsonNode f : json.get("findings")) {
            if (f.get("code").asText().equals(code)) {
                return f;
            }
        }
        throw new AssertionError("no " + code + " in " + json);
    }
}
