package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code split} on datasets of a dozen images: every asked split gets images, and what cannot be met is said. */
class SplitSmallDatasetsTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    /** {@code count} images under images/, each with its own class in YOLO labels (every group has one image). */
    private Path singles(int count) throws Exception {
        Path images = Files.createDirectories(dir.resolve("set/images"));
        Path labels = Files.createDirectories(dir.resolve("set/labels"));
        StringBuilder classes = new StringBuilder();
        for (int i = 0; i < count; i++) {
            ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR), "png",
                    images.resolve(String.format("%02d.png", i)).toFile());
            Files.writeString(labels.resolve(String.format("%02d.txt", i)), i + " 0.5 0.5 0.2 0.2\n");
            classes.append("c").append(i).append('\n');
        }
        Files.writeString(labels.resolve("classes.txt"), classes);
        return images;
    }

    private int lines(Path images, String split) throws Exception {
        return Files.readAllLines(images.resolve(split + ".txt")).size();
    }

    @Test
    void twelveOrFifteenImagesSplitInTheAskedShares() throws Exception {
        Path twelve = singles(12);
        assertThat(cli.run("split", twelve.toString(), "--train", "0.8", "--val", "0.2")).isZero();
        assertThat(lines(twelve, "train")).isEqualTo(10);
        assertThat(lines(twelve, "val")).isEqualTo(2);
        assertThat(cli.run("split", twelve.toString(), "--train", "0.7", "--val", "0.2", "--test", "0.1")).isZero();
        assertThat(lines(twelve, "train") + lines(twelve, "val") + lines(twelve, "test")).isEqualTo(12);
        assertThat(lines(twelve, "test")).isEqualTo(1);
        assertThat(lines(twelve, "val")).isEqualTo(2);

        Files.writeString(dir.resolve("set/labels/12.txt"), "0 0.5 0.5 0.2 0.2\n");
        for (int i = 12; i < 15; i++) {
            ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR), "png",
                    twelve.resolve(i + ".png").toFile());
        }
        assertThat(cli.run("split", twelve.toString(), "--train", "0.8", "--val", "0.2")).isZero();
        assertThat(lines(twelve, "train")).isEqualTo(12);
        assertThat(lines(twelve, "val")).isEqualTo(3);
    }

    @Test
    void aShareThatCannotBeMetIsSaid() throws Exception {
        Path two = singles(2);
        assertThat(cli.run("split", two.toString(), "--train", "0.6", "--val", "0.2", "--test", "0.2")).isZero();
        assertThat(cli.err()).contains("test", "2 images");
        assertThat(lines(two, "train") + lines(two, "val") + lines(two, "test")).isEqualTo(2);
    }

    @Test
    void notANumberIsAUsageError() throws Exception {
        Path images = singles(3);
        assertThat(cli.run("split", images.toString(), "--train", "NaN", "--val", "0.2")).isEqualTo(2);
        assertThat(cli.run("split", images.toString(), "--train", "0.8", "--val", "0.2", "--test", "NaN")).isEqualTo(2);
        assertThat(images.resolve("train.txt")).doesNotExist();
    }

    @Test
    void dataYamlMovesWithTheDatasetAndAVocOnlyFolderIsWarnedAbout() throws Exception {
        Path images = singles(4);
        assertThat(cli.run("split", images.toString(), "--train", "0.5", "--val", "0.5")).isZero();
        String yaml = Files.readString(images.resolve("data.yaml"));
        assertThat(yaml).contains("train: train.txt").doesNotContainPattern("(?m)^path:");
        assertThat(cli.err()).doesNotContain("no YOLO label");

        Path voc = Files.createDirectories(dir.resolve("voc"));
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR), "png", voc.resolve("a.png").toFile());
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR), "png", voc.resolve("b.png").toFile());
        Files.writeString(voc.resolve("a.xml"), "<annotation><object><name>cat</name><bndbox><xmin>1</xmin><ymin>1</ymin>"
                + "<xmax>9</xmax><ymax>9</ymax></bndbox></object></annotation>\n");
        Files.writeString(voc.resolve("b.xml"), "<annotation></annotation>\n");
        assertThat(cli.run("split", voc.toString(), "--train", "0.5", "--val", "0.5")).isZero();
        assertThat(cli.err()).contains("no YOLO label", "convert");
    }
}
