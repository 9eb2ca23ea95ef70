package dev.labelj.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.model.ImageSize;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers that parse but make no box or size give a typed error with the place, never a crash. */
class HostileNumbersTest {
    @TempDir
    Path dir;

    private void assertTyped(AnnotationFormat format, String fileName, String content, String where) throws Exception {
        Path file = Files.writeString(dir.resolve(fileName), content);
        assertThatThrownBy(() -> format.read(file, ImageRef.of(dir.resolve("a.jpg"), new ImageSize(640, 480, 3)),
                FormatOptions.DEFAULT))
                .isInstanceOf(AnnotationIoException.class)
                .hasMessageContaining(fileName)
                .hasMessageContaining(where);
    }

    @Test
    void yoloFractionsWhosePixelsOverflow() throws Exception {
        assertTyped(Formats.YOLO, "a.txt", "0 0.5 0.5 0.2 0.2\n0 1e308 0.5 1e308 0.5\n", "line 2");
    }

    @Test
    void vocCoordinatesAndSizesBeyondRange() throws Exception {
        String box = "<annotation><size><width>%s</width><height>480</height><depth>3</depth></size>"
                + "<object><name>cat</name><bndbox><xmin>%s</xmin><ymin>1</ymin><xmax>5</xmax><ymax>5</ymax>"
                + "</bndbox></object></annotation>\n";
        assertTyped(Formats.VOC, "a.xml", String.format(box, "640", "1e400"), "bndbox");
        assertTyped(Formats.VOC, "b.xml", String.format(box, "1e12", "1"), "size");
    }

    @Test
    void createMlCoordinatesThatOverflow() throws Exception {
        assertTyped(Formats.CREATE_ML, "a.json", "[{\"image\":\"a.jpg\",\"annotations\":[{\"label\":\"cat\","
                + "\"coordinates\":{\"x\":1.7e308,\"y\":1,\"width\":1.7e308,\"height\":1}}]}]", "coordinates");
    }
}
