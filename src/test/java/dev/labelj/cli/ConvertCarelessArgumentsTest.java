package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.io.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command lines that are not what they claim get a one-line error naming the problem, and write nothing. */
class ConvertCarelessArgumentsTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private Path dataset() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        Files.copy(Fixtures.annotation("pairs/cats-empty-verified/70.jpg"), images.resolve("a.jpg"));
        Files.writeString(images.resolve("a.xml"), "<annotation><object><name>cat</name><bndbox><xmin>1</xmin>"
                + "<ymin>1</ymin><xmax>9</xmax><ymax>9</ymax></bndbox></object></annotation>\n");
        return images;
    }

    @Test
    void anImagePassedAsTheClassFileIsRefusedAndNothingIsWritten() throws Exception {
        Path images = dataset();
        Path jpeg = images.resolve("a.jpg");
        int code = cli.run("convert", "--from", "voc", "--to", "yolo", "--images", images.toString(), "--out",
                dir.resolve("out").toString(), "--classes", jpeg.toString());
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("cannot read class file", "a.jpg", "not UTF-8");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void emptyFolderArgumentsAreRefusedInsteadOfMeaningTheCurrentFolder() throws Exception {
        assertThat(cli.run("convert", "--from", "voc", "--to", "yolo", "--images", "", "--out", "")).isEqualTo(2);
        assertThat(cli.err()).contains("--images is empty");
        Path images = dataset();
        assertThat(cli.run("convert", "--from", "voc", "--to", "yolo", "--images", images.toString(), "--out", ""))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--out is empty");
    }

    @Test
    void aFileGivenAsTheImageFolderIsCalledAFile() throws Exception {
        Path images = dataset();
        assertThat(cli.run("convert", "--from", "voc", "--to", "yolo", "--images", images.resolve("a.jpg").toString(),
                "--out", dir.resolve("out").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("image folder is a file, not a folder");
    }

    @Test
    void controlCharactersFromFilesNeverReachTheTerminalRaw() throws Exception {
        Path images = dataset();
        Files.copy(images.resolve("a.jpg"), images.resolve("b\u001b[2J.jpg"));
        Files.writeString(images.resolve("b\u001b[2J.xml"), "<annotation>\u0085");
        cli.run("convert", "--from", "voc", "--to", "yolo", "--images", images.toString(), "--out",
                dir.resolve("out").toString());
        assertThat(cli.err()).contains("b\\x1B[2J.xml").doesNotContain("\u001b").doesNotContain("\u0085");
        assertThat(cli.out()).contains("Converted 1 of 2 images from voc to yolo (0 without annotation, 0 kept, 1 failed).");
    }

    @Test
    void anEmptyImageFolderIsAOneLineErrorAndWritesNothing() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        assertThat(cli.run("convert", "--from", "voc", "--to", "yolo", "--images", images.toString(), "--out",
                dir.resolve("out").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("no images found in");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void convertingNothingOfSomeImagesIsNotASuccess() throws Exception {
        Path images = dataset();
        Files.delete(images.resolve("a.xml"));
        assertThat(cli.run("convert", "--from", "voc", "--to", "yolo", "--images", images.toString(), "--out",
                dir.resolve("out").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("none of the 1 images has a voc annotation");
    }
}
