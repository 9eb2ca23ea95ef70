package dev.labelj.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.model.ClassList;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DatasetReader tells its progress after each image in order, and a progress that throws stops the reading. */
class DatasetReaderProgressTest {
    private static final int IMAGES = 400;

    @TempDir
    Path dir;

    @Test
    void progressCountsEveryImageInTheFolderOrder() throws Exception {
        Path images = folder();
        List<Integer> done = new ArrayList<>();
        List<Path> order = new ArrayList<>();
        DatasetReader.Dataset dataset = DatasetReader.read(images, Optional.empty(), Optional.empty(), ClassList.EMPTY,
                (count, total, image) -> {
                    assertThat(total).isEqualTo(IMAGES);
                    done.add(count);
                    order.add(image);
                });
        assertThat(done).hasSize(IMAGES).startsWith(1, 2, 3).endsWith(IMAGES);
        assertThat(order).isEqualTo(dataset.items().stream().map(DatasetItem::image).toList());
        assertThat(dataset.items()).allMatch(DatasetItem::labelled);
    }

    @Test
    void aCancelStopsTheReadingSoFewerFilesAreRead() throws Exception {
        Path images = folder();
        AtomicInteger told = new AtomicInteger();
        assertThatThrownBy(() -> DatasetReader.read(images, Optional.empty(), Optional.empty(), ClassList.EMPTY,
                (count, total, image) -> {
                    told.set(count);
                    if (count == 50) {
                        throw new CancellationException("cancelled");
                    }
                })).isInstanceOf(CancellationException.class);
        assertThat(told.get()).isEqualTo(50);
        // the reading threads stop too: after a moment no file past the read-ahead window is opened
        Thread.sleep(200);
        long accessedLate = 0;
        for (int i = 150; i < IMAGES; i++) {
            Path xml = images.resolve(String.format("img%03d.xml", i));
            if (Files.readAttributes(xml, BasicFileAttributes.class).lastAccessTime()
                    .toMillis() != 1_000_000L) {
                accessedLate++;
            }
        }
        assertThat(accessedLate).isZero();
        Path first = images.resolve("img000.xml");
        assertThat(Files.readAttributes(first, BasicFileAttributes.class).lastAccessTime()
                .toMillis()).as("reads are seen on this file system").isNotEqualTo(1_000_000L);
    }

    private Path folder() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        Path png = images.resolve("img000.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR), "png", png.toFile());
        for (int i = 0; i < IMAGES; i++) {
            if (i > 0) {
                Files.copy(png, images.resolve(String.format("img%03d.png", i)));
            }
            Path xml = Files.writeString(images.resolve(String.format("img%03d.xml", i)),
                    "<annotation><object><name>cat</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>9</xmax>"
                            + "<ymax>9</ymax></bndbox></object></annotation>\n");
            // an access time apart from the write time, so a later read shows (where the system records reads)
            Files.setAttribute(xml, "lastAccessTime", FileTime.fromMillis(1_000_000L));
            Files.setLastModifiedTime(xml, FileTime.fromMillis(2_000_000L));
        }
        return images;
    }
}
