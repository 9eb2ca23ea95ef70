package dev.labelj.io.voc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bytes labelImg writes for its own documented example, except that we round instead of truncating. */
class VocLayoutTest {
    @TempDir
    Path dir;

    private ImageAnnotation dogExample() {
        Path image = dir.resolve("images").resolve("dog.jpg");
        Box drawn = Box.of("dog", 47.6, 239.2, 195.8, 371.9);
        Box fromEdge = new Box("person", 0, 10.3, 120.4, 200, true, true, "Unspecified", List.of());
        return new ImageAnnotation(image, Optional.of(new ImageSize(640, 480, 3)), List.of(drawn, fromEdge), true,
                List.of());
    }

    @Test
    void writesLabelImgElementOrderTabsNoDeclarationAndRoundedCoordinates() throws Exception {
        ImageAnnotation annotation = dogExample();
        Path xml = dir.resolve("dog.xml");
        Formats.VOC.write(xml, annotation, FormatOptions.DEFAULT);
        String expected = """
                <annotation verified="yes">
                \t<folder>images</folder>
                \t<filename>dog.jpg</filename>
                \t<path>%s</path>
                \t<source>
                \t\t<database>Unknown</database>
                \t</source>
                \t<size>
                \t\t<width>640</width>
                \t\t<height>480</height>
                \t\t<depth>3</depth>
                \t</size>
                \t<segmented>0</segmented>
                \t<object>
                \t\t<name>dog</name>
                \t\t<pose>Unspecified</pose>
                \t\t<truncated>0</truncated>
                \t\t<difficult>0</difficult>
                \t\t<bndbox>
                \t\t\t<xmin>48</xmin>
                \t\t\t<ymin>239</ymin>
                \t\t\t<xmax>196</xmax>
                \t\t\t<ymax>372</ymax>
                \t\t</bndbox>
                \t</object>
                \t<object>
                \t\t<name>person</name>
                \t\t<pose>Unspecified</pose>
                \t\t<truncated>1</truncated>
                \t\t<difficult>1</difficult>
                \t\t<bndbox>
                \t\t\t<xmin>1</xmin>
                \t\t\t<ymin>10</ymin>
                \t\t\t<xmax>120</xmax>
                \t\t\t<ymax>200</ymax>
                \t\t</bndbox>
                \t</object>
                </annotation>
                """.formatted(annotation.imageFile().toAbsolutePath());
        assertThat(Files.readString(xml, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void loadAndSaveOfAFileLabelJWroteIsByteIdentical() throws Exception {
        ImageAnnotation annotation = dogExample();
        Path xml = dir.resolve("dog.xml");
        Formats.VOC.write(xml, annotation, FormatOptions.DEFAULT);
        byte[] first = Files.readAllBytes(xml);
        ImageAnnotation reread = Formats.VOC.read(xml,
                ImageRef.of(annotation.imageFile(), new ImageSize(640, 480, 3)), FormatOptions.DEFAULT).annotation();
        Formats.VOC.write(xml, reread, FormatOptions.DEFAULT);
        assertThat(Files.readAllBytes(xml)).isEqualTo(first);
        assertThat(reread.boxes()).extracting(Box::label).containsExactly("dog", "person");
        assertThat(reread.verified()).isTrue();
    }
}
