package dev.labelj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.model.Box;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One purpose-made input per defect found by fuzzing the readers and the class-list code. */
class HostileInputTest {
    private static final ImageSize SIZE = new ImageSize(640, 480, 3);

    @TempDir
    Path dir;

    private AnnotationRead read(AnnotationFormat format, Path file) throws AnnotationIoException {
        return format.read(file, ImageRef.of(dir.resolve("a.jpg"), SIZE), FormatOptions.DEFAULT);
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String voc(String objects) {
        return "<annotation><size><width>640</width><height>480</height><depth>3</depth></size>" + objects
                + "</annotation>\n";
    }

    private static String object(String name, String bndbox) {
        return "<object><name>" + name + "</name><bndbox>" + bndbox + "</bndbox></object>";
    }

    private static final String BOX = "<xmin>10</xmin><ymin>10</ymin><xmax>50</xmax><ymax>50</ymax>";

    @Test
    void anEmptyLabelNeverBecomesABlankLineInClassesTxt() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("out")).resolve("classes.txt");
        for (String empty : List.of("", "   ")) {
            AnnotationRead read = read(Formats.VOC, write("e.xml", voc(object(empty, BOX) + object("dog", BOX))));
            assertThat(read.warnings()).extracting(AnnotationWarning::kind).contains(AnnotationWarning.Kind.EMPTY_LABEL);
            assertThat(read.warnings().toString()).contains("box 1");
            assertThatThrownBy(() -> Formats.YOLO.write(dir.resolve("out/e.txt"), read.annotation(),
                    FormatOptions.DEFAULT.withDatasetClassFile(classes)))
                    .isInstanceOf(AnnotationIoException.class).hasMessageContaining("box 1")
                    .hasMessageContaining("empty label");
            assertThat(Files.exists(dir.resolve("out/e.txt"))).isFalse();
        }
        ImageAnnotation cat = ImageAnnotation.of(dir.resolve("c.jpg"), SIZE, List.of(Box.of("cat", 1, 1, 9, 9)));
        ImageAnnotation dog = ImageAnnotation.of(dir.resolve("d.jpg"), SIZE, List.of(Box.of("dog", 1, 1, 9, 9)));
        Formats.YOLO.write(dir.resolve("out/c.txt"), cat, FormatOptions.DEFAULT.withDatasetClassFile(classes));
        Formats.YOLO.write(dir.resolve("out/d.txt"), dog, FormatOptions.DEFAULT.withDatasetClassFile(classes));
        assertThat(Files.readAllLines(classes)).containsExactly("cat", "dog");
        assertThat(Files.readString(dir.resolve("out/c.txt"))).startsWith("0 ");
        assertThat(Files.readString(dir.resolve("out/d.txt"))).startsWith("1 ");
    }

    @Test
    void anEmptyCreateMlLabelIsKeptAndNamed() throws Exception {
        Path file = write("a.json", "[{\"image\":\"a.jpg\",\"annotations\":[{\"label\":\"\",\"coordinates\":"
                + "{\"x\":20,\"y\":20,\"width\":10,\"height\":10}}]}]");
        AnnotationRead read = read(Formats.CREATE_ML, file);
        assertThat(read.annotation().boxes()).extracting(Box::label).containsExactly("");
        assertThat(read.warnings()).extracting(AnnotationWarning::kind).containsExactly(AnnotationWarning.Kind.EMPTY_LABEL);
    }

    @Test
    void deepNestingIsATypedErrorNotAStackOverflow() throws Exception {
        String deep = "<annotation>" + "<a>".repeat(5000) + "</a>".repeat(5000) + "</annotation>\n";
        assertThatThrownBy(() -> read(Formats.VOC, write("deep.xml", deep)))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("deep.xml")
                .hasMessageContaining("nested more than 64 levels");
        String fine = "<annotation>" + "<a>".repeat(60) + "</a>".repeat(60) + object("cat", BOX) + "</annotation>";
        AnnotationRead read = read(Formats.VOC, write("fine.xml", fine));
        assertThat(read.annotation().boxes()).hasSize(1);
        assertThat(read.annotation().extras()).hasSize(1);
    }

    @Test
    void unclosedNestingOfAMegabyteFailsInWellUnderASecond() throws Exception {
        String unclosed = "<annotation>" + "<a>".repeat(333_330);
        Path file = write("unclosed.xml", unclosed);
        assertThat(Files.size(file)).isGreaterThan(1_000_000);
        long start = System.nanoTime();
        assertThatThrownBy(() -> read(Formats.VOC, file)).isInstanceOf(AnnotationIoException.class);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("1 MB of unclosed nesting read in " + millis + " ms");
        assertThat(millis).isLessThan(1000);
    }

    @Test
    void hugeYoloClassIdsArePerLineErrors() throws Exception {
        Files.writeString(dir.resolve("classes.txt"), "cat\n");
        for (String id : List.of("1000000000", "5000000", "100000")) {
            Path file = write("big.txt", "0 0.5 0.5 0.1 0.1\n" + id + " 0.5 0.5 0.1 0.1\n");
            assertThatThrownBy(() -> read(Formats.YOLO, file)).isInstanceOf(AnnotationIoException.class)
                    .hasMessageContaining("line 2").hasMessageContaining("not a real class id");
        }
        assertThat(read(Formats.YOLO, write("ok.txt", "99999 0.5 0.5 0.1 0.1\n")).annotation().boxes())
                .extracting(Box::label).containsExactly("class_99999");
    }

    @Test
    void placeholdersAreNeverWrittenForIdsFarBeyondTheList() throws Exception {
        Path classes = Files.writeString(dir.resolve("classes.txt"), "cat\n");
        ImageAnnotation far = ImageAnnotation.of(dir.resolve("a.jpg"), SIZE,
                List.of(Box.of("class_5000", 1, 1, 9, 9), Box.of("dog", 1, 1, 9, 9)));
        assertThatThrownBy(() -> Formats.YOLO.write(dir.resolve("a.txt"), far, FormatOptions.DEFAULT))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("class_5000");
        assertThat(Files.readString(classes)).isEqualTo("cat\n");
        ImageAnnotation near = far.withBoxes(List.of(Box.of("class_3", 1, 1, 9, 9), Box.of("dog", 1, 1, 9, 9)));
        Formats.YOLO.write(dir.resolve("a.txt"), near, FormatOptions.DEFAULT);
        assertThat(Files.readAllLines(classes)).containsExactly("cat", "class_1", "class_2", "class_3", "dog");
    }

    @Test
    void aNonUtf8ClassesTxtIsRefusedAndNeverRewritten() throws Exception {
        // in GBK, 猫 happens to be valid UTF-8 (è), 狗 is not: line 2 is where decoding fails
        byte[] gbk = "猫\n狗\n".getBytes(Charset.forName("GBK"));
        Path classes = Files.write(dir.resolve("classes.txt"), gbk);
        assertThatThrownBy(() -> ClassListFile.read(classes)).isInstanceOf(AnnotationIoException.class)
                .hasMessageContaining("classes.txt").hasMessageContaining("line 2").hasMessageContaining("not UTF-8");
        ImageAnnotation bird = ImageAnnotation.of(dir.resolve("a.jpg"), SIZE, List.of(Box.of("鸟", 1, 1, 9, 9)));
        assertThatThrownBy(() -> Formats.YOLO.write(dir.resolve("a.txt"), bird, FormatOptions.DEFAULT))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("not UTF-8");
        assertThat(Files.readAllBytes(classes)).isEqualTo(gbk);
        assertThat(Files.exists(dir.resolve("a.txt"))).isFalse();
    }

    @Test
    void appendingKeepsTheOldBytesExactly() throws Exception {
        byte[] old = "\uFEFFcat \r\n狗\t\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        Path classes = Files.write(dir.resolve("classes.txt"), old);
        ClassList before = ClassListFile.read(classes);
        Formats.YOLO.write(dir.resolve("a.txt"), ImageAnnotation.of(dir.resolve("a.jpg"), SIZE,
                List.of(Box.of("bird", 1, 1, 9, 9))), FormatOptions.DEFAULT);
        byte[] now = Files.readAllBytes(classes);
        byte[] kept = "\uFEFFcat \r\n狗\t".getBytes(StandardCharsets.UTF_8);
        assertThat(java.util.Arrays.copyOf(now, kept.length)).isEqualTo(kept);
        assertThat(ClassListFile.read(classes).names()).containsExactly(before.names().get(0), "狗", "bird");
    }

    @Test
    void aSecondNameOrBoxInOneObjectIsAnError() throws Exception {
        String twoNames = voc("<object><name>cat</name><name>dog</name><bndbox>" + BOX + "</bndbox></object>");
        assertThatThrownBy(() -> read(Formats.VOC, write("n.xml", twoNames))).hasMessageContaining("second <name>");
        String twoBoxes = voc("<object><name>cat</name><bndbox>" + BOX + "</bndbox><bndbox>" + BOX
                + "</bndbox></object>");
        assertThatThrownBy(() -> read(Formats.VOC, write("b.xml", twoBoxes))).hasMessageContaining("second <bndbox>");
        String twoX = voc(object("cat", BOX + "<xmin>3</xmin>"));
        assertThatThrownBy(() -> read(Formats.VOC, write("x.xml", twoX))).hasMessageContaining("second <xmin>");
    }

    @Test
    void mixedContentInANumberIsAnError() throws Exception {
        String mixed = voc(object("cat", "<xmin>8<b>0</b></xmin><ymin>10</ymin><xmax>50</xmax><ymax>50</ymax>"));
        assertThatThrownBy(() -> read(Formats.VOC, write("m.xml", mixed)))
                .hasMessageContaining("object/bndbox/xmin").hasMessageContaining("holds elements");
    }

    @Test
    void aCoordinateBeyondAnyImageIsAnErrorNotLongMaxValue() throws Exception {
        String huge = voc(object("cat", "<xmin>1e308</xmin><ymin>10</ymin><xmax>50</xmax><ymax>50</ymax>"));
        assertThatThrownBy(() -> read(Formats.VOC, write("h.xml", huge))).hasMessageContaining("out of range");
        ImageAnnotation far = ImageAnnotation.of(dir.resolve("a.jpg"), SIZE, List.of(Box.of("cat", 1e12, 1, 2e12, 9)));
        assertThatThrownBy(() -> Formats.VOC.write(dir.resolve("far.xml"), far, FormatOptions.DEFAULT))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining("cannot be written");
        assertThat(Files.exists(dir.resolve("far.xml"))).isFalse();
    }

    @Test
    void theSwappedCornersWarningSaysWhatEachFormatWrites() throws Exception {
        ImageAnnotation swapped = ImageAnnotation.of(dir.resolve("a.jpg"), SIZE, List.of(Box.of("cat", 50, 10, 10, 50)));
        assertThat(Formats.VOC.write(dir.resolve("s.xml"), swapped, FormatOptions.DEFAULT).toString())
                .contains("written as it is").doesNotContain("ordered");
        assertThat(Files.readString(dir.resolve("s.xml"))).contains("<xmin>50</xmin>", "<xmax>10</xmax>");
        assertThat(Formats.YOLO.write(dir.resolve("s.txt"), swapped, FormatOptions.DEFAULT).toString())
                .contains("written with ordered edges");
        assertThat(read(Formats.VOC, dir.resolve("s.xml")).warnings().toString()).doesNotContain("written");
    }

    @Test
    void javaOnlyNumberSyntaxIsNotANumber() throws Exception {
        Files.writeString(dir.resolve("classes.txt"), "cat\n");
        for (String number : List.of("0.5f", "0.5d", "0x1p-1", "Infinity", "NaN", "1_0")) {
            Path file = write("j.txt", "0 " + number + " 0.5 0.1 0.1\n");
            assertThatThrownBy(() -> read(Formats.YOLO, file)).as(number).hasMessageContaining("line 1")
                    .hasMessageContaining("is not a number");
            Path xml = write("j.xml", voc(object("cat", "<xmin>" + number + "</xmin><ymin>1</ymin><xmax>5</xmax>"
                    + "<ymax>5</ymax>")));
            assertThatThrownBy(() -> read(Formats.VOC, xml)).as(number).hasMessageContaining("is not a number");
        }
        assertThat(read(Formats.YOLO, write("ok.txt", "0 .5 5e-1 +0.1 1E-1\n")).annotation().boxes()).hasSize(1);
    }

    @Test
    void messagesQuoteLittleAndEscapeControlCharacters() throws Exception {
        String longNumber = "9".repeat(10_000_000);
        Path file = write("long.txt", "0 " + longNumber + " 0.5 0.1 0.1\n");
        assertThatThrownBy(() -> read(Formats.YOLO, file)).satisfies(e -> {
            assertThat(e.getMessage().length()).isLessThan(300);
            assertThat(e.getMessage()).contains("10000000 characters");
        });
        Path esc = write("esc.txt", "0 \u001b[31mred 0.5 0.1 0.1\n");
        assertThatThrownBy(() -> read(Formats.YOLO, esc)).satisfies(e ->
                assertThat(e.getMessage()).contains("\\x1B[31mred").doesNotContain("\u001b"));
        // ESC itself is not allowed in XML 1.0; the one-character CSI (U+009B) is
        Path label = write("esc.xml", voc(object("\u009b2Jcat", "<xmin>-50</xmin><ymin>1</ymin><xmax>5</xmax>"
                + "<ymax>5</ymax>")));
        assertThat(read(Formats.VOC, label).warnings().toString()).contains("\\x9B2Jcat").doesNotContain("\u009b");
    }

    @Test
    void aCreateMlNumberBeyondRangeIsSaidInWords() throws Exception {
        Path file = write("a.json", "[{\"image\":\"a.jpg\",\"annotations\":[{\"label\":\"cat\",\"coordinates\":"
                + "{\"x\":1e400,\"y\":1,\"width\":1,\"height\":1}}]}]");
        assertThatThrownBy(() -> read(Formats.CREATE_ML, file)).isInstanceOf(AnnotationIoException.class)
                .hasMessageContaining("coordinates.x").hasMessageNotContaining("NumberFormatException");
    }

    @Test
    void aFolderOrDeviceNamedLikeAnAnnotationIsNotRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("f.xml"));
        assertThatThrownBy(() -> read(Formats.VOC, folder)).hasMessageContaining("not a regular file (a folder)");
        Path zero = Files.createSymbolicLink(dir.resolve("z.xml"), Path.of("/dev/zero"));
        assertThatThrownBy(() -> read(Formats.VOC, zero)).hasMessageContaining("not a regular file");
    }
}
