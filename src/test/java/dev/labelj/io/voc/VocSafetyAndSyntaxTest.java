package dev.labelj.io.voc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.Box;
import dev.labelj.model.ExtraElement;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files are refused quickly; every harmless spelling of a VOC file reads the same. */
class VocSafetyAndSyntaxTest {
    private static final String BODY = "<annotation>\n\t<object>\n\t\t<name>cat</name>\n\t\t<bndbox>\n"
            + "\t\t\t<xmin>10</xmin>\n\t\t\t<ymin>20</ymin>\n\t\t\t<xmax>30.5</xmax>\n\t\t\t<ymax>40.25</ymax>\n"
            + "\t\t</bndbox>\n\t</object>\n</annotation>\n";

    @TempDir
    Path dir;

    private ImageAnnotation read(Path file) throws AnnotationIoException {
        return Formats.VOC.read(file, ImageRef.withoutSize(dir.resolve("a.jpg")), FormatOptions.DEFAULT).annotation();
    }

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void externalEntityIsRefusedAndNoLocalFileIsRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE annotation [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<annotation><object><name>&xxe;</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>2</xmax>"
                + "<ymax>2</ymax></bndbox></object></annotation>";
        Path file = file("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(AnnotationIoException.class, e -> {
            assertThat(e.getMessage()).contains("xxe.xml", "DOCTYPE").doesNotContain("TOP-SECRET");
            assertThat(e.line()).isEqualTo(2);
        });
    }

    @Test
    void billionLaughsIsRefusedWithinASecond() throws Exception {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n<annotation><folder>&lol9;</folder></annotation>");
        Path file = file("lolz.xml", dtd.toString().getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        assertThatThrownBy(() -> read(file)).isInstanceOf(AnnotationIoException.class).hasMessageContaining("lolz.xml");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void declarationBomCrlfTabsAndSpacesAllReadTheSame() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String declared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + BODY;
        List<Path> variants = List.of(
                file("plain.xml", BODY.getBytes(StandardCharsets.UTF_8)),
                file("declared.xml", declared.getBytes(StandardCharsets.UTF_8)),
                file("bom.xml", concat(bom, declared.getBytes(StandardCharsets.UTF_8))),
                file("bom-no-decl.xml", concat(bom, BODY.getBytes(StandardCharsets.UTF_8))),
                file("crlf.xml", declared.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
                file("spaces.xml", BODY.replace("\t", "    ").getBytes(StandardCharsets.UTF_8)),
                file("one-line.xml", BODY.replace("\t", "").replace("\n", "").getBytes(StandardCharsets.UTF_8)));
        for (Path variant : variants) {
            Box box = read(variant).boxes().get(0);
            assertThat(box.label()).as(variant.toString()).isEqualTo("cat");
            assertThat(new double[] {box.xMin(), box.yMin(), box.xMax(), box.yMax()}).as(variant.toString())
                    .containsExactly(10, 20, 30.5, 40.25);
        }
    }

    @Test
    void declaredGbkIsDecodedAndInvalidUtf8IsATypedErrorWithItsLine() throws Exception {
        String gbk = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n" + BODY.replace("cat", "海参");
        Path declared = file("gbk.xml", gbk.getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(read(declared).boxes().get(0).label()).isEqualTo("海参");
        byte[] broken = BODY.getBytes(StandardCharsets.UTF_8);
        broken[BODY.indexOf("cat")] = (byte) 0xC3;
        Path invalid = file("latin.xml", broken);
        assertThatThrownBy(() -> read(invalid)).isInstanceOfSatisfying(AnnotationIoException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("latin.xml", "UTF-8");
        });
    }

    @Test
    void fractionalCoordinatesAreReadNotTruncatedAndSavedRounded() throws Exception {
        Path file = file("f.xml", BODY.getBytes(StandardCharsets.UTF_8));
        ImageAnnotation annotation = read(file).withSize(new ImageSize(100, 100, 3));
        Formats.VOC.write(file, annotation, FormatOptions.DEFAULT);
        String xml = Files.readString(file);
        assertThat(xml).contains("<xmax>31</xmax>", "<ymax>40</ymax>");
    }

    @Test
    void badCoordinateNamesFileLineAndElement() throws Exception {
        Path file = file("bad.xml", BODY.replace("<ymin>20</ymin>", "<ymin>2O</ymin>").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(AnnotationIoException.class, e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.element()).isEqualTo("object/bndbox/ymin");
            assertThat(e.getMessage()).contains("bad.xml", "line 6", "<object/bndbox/ymin>", "'2O'");
        });
    }

    @Test
    void truncatedAndWrongRootFilesAreTypedErrors() throws Exception {
        Path cut = file("cut.xml", BODY.substring(0, BODY.length() / 2).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(cut)).isInstanceOf(AnnotationIoException.class).hasMessageContaining("cut.xml");
        Path empty = file("empty.xml", new byte[0]);
        assertThatThrownBy(() -> read(empty)).isInstanceOf(AnnotationIoException.class).hasMessageContaining("empty");
        Path html = file("page.xml", "<html><body/></html>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(html)).isInstanceOf(AnnotationIoException.class)
                .hasMessageContaining("<annotation>");
        assertThatThrownBy(() -> read(dir.resolve("missing.xml"))).isInstanceOfSatisfying(AnnotationIoException.class,
                e -> assertThat(e.kind()).isEqualTo(AnnotationIoException.Kind.NOT_FOUND));
    }

    @Test
    void cvatAttributesAndVocPartsArePreservedInPlace() throws Exception {
        String cvat = "<annotation>\n  <folder></folder>\n  <filename>2007_000032.jpg</filename>\n"
                + "  <source>\n    <database>Unknown</database>\n    <annotation>Unknown</annotation>\n"
                + "    <image>Unknown</image>\n  </source>\n  <size>\n    <width>500</width>\n"
                + "    <height>281</height>\n    <depth></depth>\n  </size>\n  <segmented></segmented>\n"
                + "  <object>\n    <name>person</name>\n    <truncated>0</truncated>\n    <occluded>1</occluded>\n"
                + "    <difficult>0</difficult>\n    <bndbox>\n      <xmin>195.0</xmin>\n      <ymin>180.0</ymin>\n"
                + "      <xmax>213.0</xmax>\n      <ymax>229.0</ymax>\n    </bndbox>\n    <attributes>\n"
                + "      <attribute>\n        <name>rotation</name>\n        <value>0.0</value>\n"
                + "      </attribute>\n    </attributes>\n    <part>\n      <name>head</name>\n"
                + "      <bndbox>\n        <xmin>200</xmin>\n        <ymin>181</ymin>\n        <xmax>210</xmax>\n"
                + "        <ymax>192</ymax>\n      </bndbox>\n    </part>\n  </object>\n</annotation>\n";
        Path file = file("cvat.xml", cvat.getBytes(StandardCharsets.UTF_8));
        ImageAnnotation annotation = read(file);
        Box box = annotation.boxes().get(0);
        assertThat(box.extras()).extracting(ExtraElement::name).containsExactly("occluded", "attributes", "part");
        assertThat(box.extras()).extracting(ExtraElement::after).containsExactly("truncated", "bndbox", "bndbox");
        Formats.VOC.write(file, annotation, FormatOptions.DEFAULT);
        String saved = Files.readString(file);
        assertThat(saved).contains("<truncated>0</truncated>\n\t\t<occluded>1</occluded>\n\t\t<difficult>0</difficult>")
                .contains("</bndbox>\n\t\t<attributes>\n\t\t\t<attribute>\n\t\t\t\t<name>rotation</name>\n"
                        + "\t\t\t\t<value>0.0</value>\n\t\t\t</attribute>\n\t\t</attributes>\n\t\t<part>\n"
                        + "\t\t\t<name>head</name>")
                .contains("<image>Unknown</image>");
        assertThat(read(file).boxes().get(0).extras()).isEqualTo(box.extras());
    }

    @Test
    void objectWithoutBndboxIsKeptWithAWarningNotDropped() throws Exception {
        String xml = BODY.replace("</annotation>", "\t<object>\n\t\t<name>point</name>\n\t\t<point><x>3</x>"
                + "<y>4</y></point>\n\t</object>\n</annotation>");
        Path file = file("point.xml", xml.getBytes(StandardCharsets.UTF_8));
        var read = Formats.VOC.read(file, ImageRef.withoutSize(dir.resolve("a.jpg")), FormatOptions.DEFAULT);
        assertThat(read.annotation().boxes()).extracting(Box::label).containsExactly("cat");
        assertThat(read.warnings()).singleElement().satisfies(w -> assertThat(w.line()).isEqualTo(11));
        Formats.VOC.write(file, read.annotation(), FormatOptions.DEFAULT);
        assertThat(Files.readString(file)).contains("<name>point</name>", "<point>", "<x>3</x>");
    }

    @Test
    void chineseLabelsAndFileNamesRoundTripAndControlCharactersAreDropped() throws Exception {
        Path image = dir.resolve("图片").resolve("猫 1.jpg");
        Box cat = Box.of("猫\u0001咪", 5, 6, 50, 60);
        ImageAnnotation annotation = ImageAnnotation.of(image, new ImageSize(64, 64, 3), List.of(cat));
        Path xml = dir.resolve("标注").resolve("猫 1.xml");
        Formats.VOC.write(xml, annotation, FormatOptions.DEFAULT);
        String saved = Files.readString(xml, StandardCharsets.UTF_8);
        assertThat(saved).contains("<folder>图片</folder>", "<filename>猫 1.jpg</filename>", "<name>猫咪</name>");
        ImageAnnotation reread = Formats.VOC.read(xml, ImageRef.withoutSize(image), FormatOptions.DEFAULT).annotation();
        assertThat(reread.boxes().get(0).label()).isEqualTo("猫咪");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
