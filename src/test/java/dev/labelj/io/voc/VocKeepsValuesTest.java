package dev.labelj.io.voc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.io.Fixtures;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VOC keeps a box's values even outside the image (docs/adr/0053, 0102): only rounding, and labelImg's
 * minimum of 1 where that cannot put a minimum past its maximum. A saved file never holds swapped corners
 * the box did not have.
 */
class VocKeepsValuesTest {
    private static final ImageSize SIZE = new ImageSize(640, 480, 3);

    @TempDir
    Path dir;

    @Test
    void aBoxWhollyOutsideTheImageIsSavedAsItWasRead() throws Exception {
        Path fixture = Fixtures.annotation("voc-other/plates__25.xml");
        ImageAnnotation read = Formats.VOC.read(fixture, ImageRef.withoutSize(fixture.resolveSibling("x.jpg")),
                FormatOptions.DEFAULT).annotation();
        Path copy = dir.resolve("plates__25.xml");
        Formats.VOC.write(copy, read, FormatOptions.DEFAULT);
        assertThat(Files.readString(copy)).contains("<xmin>1563</xmin>", "<ymin>484</ymin>", "<xmax>1563</xmax>",
                "<ymax>484</ymax>");
    }

    @Test
    void noSideOfASavedBoxPassesTheOther() throws Exception {
        List<Box> boxes = List.of(Box.of("right", 700, 500, 760, 560), Box.of("left", -50, -40, 0.3, 0.2),
                Box.of("across", 600, 400, 700, 500), Box.of("edge", 0.2, 0.4, 100, 100));
        Path xml = dir.resolve("a.xml");
        Formats.VOC.write(xml, ImageAnnotation.of(dir.resolve("a.jpg"), SIZE, boxes), FormatOptions.DEFAULT);
        List<Box> back = Formats.VOC.read(xml, ImageRef.of(dir.resolve("a.jpg"), SIZE), FormatOptions.DEFAULT)
                .annotation().boxes();
        assertThat(back).extracting(b -> b.xMin() + "," + b.yMin() + "," + b.xMax() + "," + b.yMax()).containsExactly(
                "700.0,500.0,760.0,560.0", "-50.0,-40.0,0.0,0.0", "600.0,400.0,700.0,500.0", "1.0,1.0,100.0,100.0");
    }
}
