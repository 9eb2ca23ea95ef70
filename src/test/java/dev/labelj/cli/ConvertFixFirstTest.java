package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.io.Fixtures;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user hit first with {@code convert}, each pinned with the fixture or layout that showed it. */
class ConvertFixFirstTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private Path png(Path file, int width, int height) throws Exception {
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR), "png", file.toFile());
        return file;
    }

    @Test
    void aWhollyOutsideBoxIsDroppedForYoloAndAPartlyOutsideOneClipped() throws Exception {
        Path images = dir.resolve("images");
        png(images.resolve("25.png"), 253, 450);
        Files.copy(Fixtures.annotation("voc-other/plates__25.xml"), images.resolve("25.xml"));
        png(images.resolve("p.png"), 100, 80);
        Files.writeString(images.resolve("p.xml"), "<annotation><object><name>licence</name><bndbox><xmin>50</xmin>"
                + "<ymin>40</ymin><xmax>150</xmax><ymax>60</ymax></bndbox></object></annotation>\n");
        assertThat(cli.run("convert", "--from", "voc", "--to", "yolo", "--images", images.toString(), "--out",
                dir.resolve("yolo").toString())).isZero();
        assertThat(Files.readString(dir.resolve("yolo/25.txt"))).isEmpty();
        assertThat(cli.err()).contains("25.txt: box 1 (licence) lies entirely outside the 253x450 image; dropped");
        assertThat(Files.readString(dir.resolve("yolo/p.txt"))).isEqualTo("0 0.750000 0.625000 0.500000 0.250000\n");
        assertThat(cli.err()).contains("p.txt: box 1 (licence) reaches outside the 100x80 image; clipped to it");
        assertThat(cli.run("convert", "--from", "voc", "--to", "voc", "--images", images.toString(), "--out",
                dir.resolve("voc").toString())).isZero();
        assertThat(Files.readString(dir.resolve("voc/25.xml"))).contains("<xmin>1563</xmin>");
    }

    @Test
    void aCreateMlExportNamedAnnotationsJsonIsFoundByItsContent() throws Exception {
        Path images = dir.resolve("images");
        StringBuilder export = new StringBuilder("[");
        for (int i = 0; i < 50; i++) {
            png(images.resolve("img" + i + ".png"), 64, 48);
            export.append(i == 0 ? "" : ",").append("{\"image\":\"img").append(i).append(".png\",\"annotations\":")
                    .append("[{\"label\":\"cat\",\"coordinates\":{\"x\":20,\"y\":20,\"width\":10,\"height\":10}}]}");
        }
        Files.writeString(images.resolve("annotations.json"), export.append("]"));
        assertThat(cli.run("convert", "--from", "createml", "--to", "yolo", "--images", images.toString(), "--out",
                dir.resolve("yolo").toString())).isZero();
        assertThat(cli.out()).contains("Converted 50 of 50 images");
        assertThat(Files.readString(dir.resolve("yolo/img49.txt"))).startsWith("0 0.312500");
    }

    @Test
    void theInputFolderIsNeverWrittenWithoutInPlace() throws Exception {
        Path images = dir.resolve("images");
        png(images.resolve("a.png"), 64, 48);
        Files.writeString(images.resolve("a.txt"), "0 0.5 0.5 0.5 0.5\n");
        Files.writeString(images.resolve("classes.txt"), "cat\n");
        String[] args = {"convert", "--from", "yolo", "--to", "voc", "--images", images.toString(), "--labels",
                images.toString(), "--out", images.toString()};
        assertThat(cli.run(args)).isEqualTo(2);
        assertThat(cli.err()).contains("--out is an input folder", "--in-place");
        assertThat(images.resolve("a.xml")).doesNotExist();
        String[] inPlace = java.util.Arrays.copyOf(args, args.length + 1);
        inPlace[args.length] = "--in-place";
        assertThat(cli.run(inPlace)).isZero();
        assertThat(Files.readString(images.resolve("a.xml"))).contains("<name>cat</name>");
    }
}
