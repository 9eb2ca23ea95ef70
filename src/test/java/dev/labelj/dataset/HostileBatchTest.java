package dev.labelj.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.Box;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageSize;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch conversions of careless datasets: nothing merged, nothing lost, every image accounted for. */
class HostileBatchTest {
    private static final String BOX = "<object><name>%s</name><bndbox><xmin>10</xmin><ymin>10</ymin><xmax>50</xmax>"
            + "<ymax>40</ymax></bndbox></object>";

    @TempDir
    Path dir;

    private Path png(Path file, int width, int height) throws Exception {
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR), "png", file.toFile());
        return file;
    }

    private static String voc(String... labels) {
        StringBuilder objects = new StringBuilder();
        for (String label : labels) {
            objects.append(String.format(BOX, label));
        }
        return "<annotation>" + objects + "</annotation>\n";
    }

    private ConvertReport convert(Path images, dev.labelj.io.AnnotationFormat from, dev.labelj.io.AnnotationFormat to,
                                  Path out) {
        return FormatConverter.convert(new ConvertRequest(from, to, images, Optional.empty(), out, ClassList.EMPTY),
                ConvertProgress.NONE);
    }

    private static void assertAddsUp(ConvertReport report) {
        assertThat(report.converted() + report.withoutAnnotation() + report.kept() + report.failed())
                .isEqualTo(report.images());
    }

    @Test
    void twoImagesWithOneStemAreBothRefusedNamingBoth() throws Exception {
        Path images = dir.resolve("images");
        png(images.resolve("a.jpg"), 64, 48);
        png(images.resolve("a.png"), 64, 48);
        png(images.resolve("b.png"), 64, 48);
        Files.writeString(images.resolve("a.xml"), voc("cat"));
        Files.writeString(images.resolve("b.xml"), voc("dog"));
        ConvertReport report = convert(images, Formats.VOC, Formats.YOLO, dir.resolve("out"));
        assertThat(report.converted()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(2);
        assertAddsUp(report);
        assertThat(report.failures()).allSatisfy(f -> assertThat(f.message())
                .contains("a.jpg and a.png would both be written").doesNotContain("already exists"));
        assertThat(Files.exists(dir.resolve("out/a.txt"))).isFalse();
        assertThat(Files.readString(dir.resolve("out/b.txt"))).startsWith("0 ");
    }

    @Test
    void createMlHoldsBothImagesOfOneStemInItsOneFile() throws Exception {
        Path images = dir.resolve("images");
        png(images.resolve("a.jpg"), 64, 48);
        png(images.resolve("a.png"), 64, 48);
        Files.writeString(images.resolve("a.xml"), voc("cat"));
        ConvertReport report = convert(images, Formats.VOC, Formats.CREATE_ML, dir.resolve("out"));
        assertThat(report.converted()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("out/a.json"))).contains("\"a.jpg\"", "\"a.png\"");
    }

    @Test
    void distinctLabelsGetDistinctIdsAndAnEmptyOneFailsItsImageOnly() throws Exception {
        Path images = dir.resolve("images");
        String[][] files = {{"1", "cat"}, {"2", ""}, {"3", "dog"}, {"4", " "}, {"5", "bird"}};
        for (String[] file : files) {
            png(images.resolve(file[0] + ".png"), 64, 48);
            Files.writeString(images.resolve(file[0] + ".xml"), voc(file[1]));
        }
        ConvertReport report = convert(images, Formats.VOC, Formats.YOLO, dir.resolve("out"));
        assertThat(report.converted()).isEqualTo(3);
        assertThat(report.failures()).extracting(ConvertReport.Failure::message)
                .allSatisfy(m -> assertThat(m).contains("empty label"));
        List<String> classes = Files.readAllLines(dir.resolve("out/classes.txt"));
        assertThat(classes).containsExactly("cat", "dog", "bird");
        assertThat(Files.readString(dir.resolve("out/3.txt"))).startsWith("1 ");
        assertThat(Files.readString(dir.resolve("out/5.txt"))).startsWith("2 ");
    }

    @Test
    void linkedImagesCountAndFoldersOrDevicesNamedLikeAnnotationsAreReported() throws Exception {
        Path images = dir.resolve("images");
        Path real = png(dir.resolve("elsewhere/real.png"), 64, 48);
        Files.createDirectories(images);
        Files.createSymbolicLink(images.resolve("linked.png"), real);
        Files.writeString(images.resolve("linked.xml"), voc("cat"));
        png(images.resolve("folder.png"), 64, 48);
        Files.createDirectories(images.resolve("folder.xml"));
        png(images.resolve("zero.png"), 64, 48);
        Files.createSymbolicLink(images.resolve("zero.xml"), Path.of("/dev/zero"));
        png(images.resolve("none.png"), 64, 48);
        ConvertReport report = convert(images, Formats.VOC, Formats.YOLO, dir.resolve("out"));
        assertThat(report.images()).isEqualTo(4);
        assertThat(report.converted()).isEqualTo(1);
        assertThat(report.withoutAnnotation()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(2);
        assertAddsUp(report);
        assertThat(report.failures()).extracting(ConvertReport.Failure::message).anySatisfy(m ->
                assertThat(m).contains("folder.xml", "a folder")).anySatisfy(m ->
                assertThat(m).contains("zero.xml", "device"));
    }

    @Test
    void aStaleTempFileOfADeadRunIsRemovedWhenTheFolderIsNextWritten() throws Exception {
        Path images = dir.resolve("images");
        png(images.resolve("a.png"), 64, 48);
        Files.writeString(images.resolve("a.xml"), voc("cat"));
        Path out = Files.createDirectories(dir.resolve("out"));
        // pid 4194305 is beyond Linux's largest pid, so no process of that id is alive
        Path dead = Files.writeString(out.resolve(".a.txt.4194305.123456.tmp"), "half");
        Path old = Files.writeString(out.resolve(".b.txt987654.tmp"), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(7200)));
        Path recent = Files.writeString(out.resolve(".c.txt555.tmp"), "maybe being written");
        Path alive = Files.writeString(out.resolve(".d.txt." + ProcessHandle.current().parent().orElseThrow().pid()
                + ".1.tmp"), "being written");
        Path foreign = Files.writeString(out.resolve(".notes.tmp"), "not ours");
        assertThat(convert(images, Formats.VOC, Formats.YOLO, out).converted()).isEqualTo(1);
        assertThat(dead).doesNotExist();
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(alive).exists();
        assertThat(foreign).exists();
    }

    @Test
    void aHugeImageNeedsOnlyItsHeader() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        // a PNG header for 20000 x 20000 (400 MP, beyond the decoder's limit) and no pixel data at all
        ByteBuffer header = ByteBuffer.allocate(33);
        header.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        header.putInt(20_000).putInt(20_000).put(new byte[] {8, 2, 0, 0, 0});
        CRC32 crc = new CRC32();
        crc.update(header.array(), 12, 17);
        header.putInt((int) crc.getValue());
        Files.write(images.resolve("huge.png"), header.array());
        Files.writeString(images.resolve("huge.xml"), voc("cat"));
        ConvertReport report = convert(images, Formats.VOC, Formats.YOLO, dir.resolve("out"));
        assertThat(report.converted()).as(report.failures().toString()).isEqualTo(1);
        Box box = Formats.YOLO.read(dir.resolve("out/huge.txt"), ImageRef.of(images.resolve("huge.png"),
                new ImageSize(20_000, 20_000, 3)), FormatOptions.DEFAULT).annotation().boxes().get(0);
        assertThat(box.xMin()).isCloseTo(10, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void aSharedCreateMlExportIsParsedOncePerBatch() throws Exception {
        Path images = dir.resolve("images");
        StringBuilder export = new StringBuilder("[");
        int count = 2000;
        for (int i = 0; i < count; i++) {
            Files.copy(dev.labelj.io.Fixtures.annotation("pairs/cats-empty-verified/70.jpg"), Files.createDirectories(images)
                    .resolve(i + ".jpg"));
            export.append(i == 0 ? "" : ",").append("{\"image\":\"").append(i).append(".jpg\",\"annotations\":[")
                    .append("{\"label\":\"cat\",\"coordinates\":{\"x\":20,\"y\":20,\"width\":10,\"height\":10}}]")
                    .append(",\"padding\":\"").append("x".repeat(1500)).append("\"}");
        }
        Files.writeString(images.resolve("_annotations.createml.json"), export.append("]"));
        long start = System.nanoTime();
        ConvertReport report = convert(images, Formats.CREATE_ML, Formats.YOLO, dir.resolve("out"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(count + " images from a " + Files.size(images.resolve("_annotations.createml.json"))
                / 1024 + " KB export converted in " + millis + " ms");
        assertThat(report.converted()).isEqualTo(count);
        // parsing the 3 MB export for each image took minutes; once per batch it is a few seconds at most
        assertThat(millis).isLessThan(20_000);
    }
}
