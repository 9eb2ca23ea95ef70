package dev.labelj.io.voc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.ImageAnnotation;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Elements LabelJ keeps but does not model may use namespace prefixes; a re-save keeps them, bound. */
class VocNamespacesTest {
    @TempDir
    Path dir;

    private ImageAnnotation read(Path file) throws Exception {
        return Formats.VOC.read(file, ImageRef.withoutSize(dir.resolve("a.jpg")), FormatOptions.DEFAULT).annotation();
    }

    @Test
    void prefixedAttributesAndElementsInsideKeptElementsSurviveASave() throws Exception {
        Path in = Files.writeString(dir.resolve("in.xml"), "<annotation xmlns:x=\"urn:extra\"><folder>f</folder>"
                + "<filename>a.jpg</filename><size><width>10</width><height>10</height><depth>3</depth></size>"
                + "<object><name>cat</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>5</xmax><ymax>5</ymax></bndbox>"
                + "<attr x:a=\"1\" plain=\"p\"/><x:note x:b=\"2\">hi</x:note></object>"
                + "<meta xmlns:y=\"urn:y\"><y:tag>t</y:tag></meta></annotation>\n");
        ImageAnnotation first = read(in);
        Path out = dir.resolve("out.xml");
        Formats.VOC.write(out, first, FormatOptions.DEFAULT);

        ImageAnnotation second = read(out);
        assertThat(second.boxes().get(0).extras()).isEqualTo(first.boxes().get(0).extras());
        assertThat(second.extras()).as("the writer adds labelImg's source and segmented").containsAll(first.extras());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(out.toFile());
        Element attr = (Element) document.getElementsByTagName("attr").item(0);
        assertThat(attr.getAttributeNS("urn:extra", "a")).isEqualTo("1");
        assertThat(attr.getAttribute("plain")).isEqualTo("p");
        assertThat(document.getElementsByTagNameNS("urn:extra", "note").item(0).getTextContent()).isEqualTo("hi");
        assertThat(document.getElementsByTagNameNS("urn:y", "tag").item(0).getTextContent()).isEqualTo("t");
    }

    @Test
    void aPrefixNothingDeclaresIsAnErrorInWordsAndNothingIsWritten() {
        ImageAnnotation annotation = new ImageAnnotation(dir.resolve("a.jpg"), java.util.Optional.empty(),
                java.util.List.of(), false, java.util.List.of(dev.labelj.model.ExtraElement.leaf("z:thing", "1", "")));
        Path out = dir.resolve("z.xml");
        org.assertj.core.api.Assertions
                .assertThatThrownBy(() -> Formats.VOC.write(out, annotation, FormatOptions.DEFAULT))
                .isInstanceOf(dev.labelj.io.AnnotationIoException.class).hasMessageContaining("prefix 'z'");
        assertThat(out).doesNotExist();
    }
}
