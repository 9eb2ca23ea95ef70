package dev.labelj.ui.tools;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A purpose-made folder with known counts and known problems: a (3 boxes, verified, wrong size), b (negative),
 * c (unlabelled), d (a near-duplicate box 2, a wholly-outside box 3, a zero-area box 4), e (malformed XML),
 * and orphan.xml without an image.
 */
final class ToolsDataset {
    private ToolsDataset() {
    }

    static Path write(Path dir) throws IOException {
        Path images = dir.resolve("images");
        Files.createDirectories(images);
        for (String stem : List.of("a", "b", "c", "d", "e")) {
            ImageIO.write(new BufferedImage(100, 80, BufferedImage.TYPE_3BYTE_BGR), "png",
                    images.resolve(stem + ".png").toFile());
        }
        Files.writeString(images.resolve("a.xml"), "<annotation verified=\"yes\"><size><width>200</width><height>100"
                + "</height><depth>3</depth></size>" + box("cat", 10, 10, 50, 40) + box("cat", 60, 10, 90, 40)
                + box("dog", 5, 5, 20, 20) + "</annotation>\n");
        Files.writeString(images.resolve("b.xml"), "<annotation></annotation>\n");
        Files.writeString(images.resolve("d.xml"), "<annotation>" + box("cat", 10, 10, 50, 40)
                + box("cat", 11, 10, 50, 40) + box("dog", 500, 500, 600, 600) + box("dog", 30, 30, 30, 50)
                + "</annotation>\n");
        Files.writeString(images.resolve("e.xml"), "<annotation><object>");
        Files.writeString(images.resolve("orphan.xml"), "<annotation>" + box("cat", 1, 1, 9, 9) + "</annotation>\n");
        return images;
    }

    private static String box(String name, int x1, int y1, int x2, int y2) {
        return "<object><name>" + name + "</name><bndbox><xmin>" + x1 + "</xmin><ymin>" + y1 + "</ymin><xmax>" + x2
                + "</xmax><ymax>" + y2 + "</ymax></bndbox></object>";
    }
}
