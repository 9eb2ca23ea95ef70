package dev.labelj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.model.AnnotationStatus;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store never reads a stale format over a newer one and the window's save never writes over what it did not
 * read (docs/adr/0130-changed-on-disk.md, docs/adr/0131-two-formats-for-one-image.md); real files on disk.
 */
class AnnotationStoreDiskTest {
    private static final ImageSize CAT_SIZE = new ImageSize(451, 300, 3);

    @TempDir
    Path dir;

    private Path image() throws Exception {
        Path images = Files.createDirectories(dir.resolve("pics"));
        return Files.copy(Path.of("data/images/cat.jpg"), images.resolve("cat.jpg"));
    }

    private static AnnotationStore store(Path image, AnnotationFormat format) {
        return new AnnotationStore(AnnotationLocator.nextToImages(image.getParent()), format, FormatOptions.DEFAULT);
    }

    private static void age(Path file, long hours) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(hours, ChronoUnit.HOURS)));
    }

    @Test
    void theNewestOfTwoFormatsIsReadAndTheOtherIsNamed() throws Exception {
        Path image = image();
        Path voc = Files.copy(Path.of("data/annotations/cat.xml"), image.resolveSibling("cat.xml"));
        age(voc, 2);
        Files.writeString(image.resolveSibling("classes.txt"), "gizmo\n");
        Path yolo = Files.writeString(image.resolveSibling("cat.txt"), "0 0.5 0.5 0.2 0.2\n");

        StoredAnnotation stored = store(image, Formats.VOC).read(image, CAT_SIZE).orElseThrow();

        assertThat(stored.format()).isSameAs(Formats.YOLO);
        assertThat(stored.read().annotation().boxes()).extracting(Box::label).containsExactly("gizmo");
        assertThat(stored.olderFiles()).containsExactly(voc);
        assertThat(store(image, Formats.VOC).status(image).status())
                .as("the mark follows the file shown, not the verified VOC file").isEqualTo(AnnotationStatus.LABELLED);

        age(yolo, 3);
        assertThat(store(image, Formats.VOC).read(image, CAT_SIZE).orElseThrow().format()).isSameAs(Formats.VOC);
    }

    @Test
    void aSaveOverAFileChangedSinceItWasSeenIsRefusedAndWritesNothing() throws Exception {
        Path image = image();
        AnnotationStore store = store(image, Formats.VOC);
        DiskState seen = store.look(image);
        Path theirs = Files.copy(Path.of("data/annotations/cat.xml"), image.resolveSibling("cat.xml"));
        String before = Files.readString(theirs);
        ImageAnnotation mine = ImageAnnotation.of(image, CAT_SIZE, List.of(Box.of("mine", 1, 2, 30, 40)));

        assertThatThrownBy(() -> store.writeChecked(mine, seen)).isInstanceOfSatisfying(AnnotationIoException.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(AnnotationIoException.Kind.CHANGED_ON_DISK);
                    assertThat(e.file()).isEqualTo(theirs);
                });
        assertThat(Files.readString(theirs)).isEqualTo(before);

        DiskState now = store.look(image);
        Files.setLastModifiedTime(theirs, FileTime.from(Instant.now().plusSeconds(60)));
        AnnotationStore.Written written = store.writeChecked(mine, now);
        assertThat(Files.readString(written.file())).as("a touch without new bytes is no change").contains("mine");
        assertThat(store.writeChecked(mine, written.after()).file()).as("what a save wrote is what it saw next")
                .isEqualTo(theirs);
    }

    @Test
    void aFileOfAnotherFormatWrittenSinceCountsAsAChange() throws Exception {
        Path image = image();
        AnnotationStore store = store(image, Formats.YOLO);
        DiskState seen = store.look(image);
        Files.copy(Path.of("data/annotations/cat.xml"), image.resolveSibling("cat.xml"));

        assertThatThrownBy(() -> store.writeChecked(ImageAnnotation.of(image, CAT_SIZE, List.of()), seen))
                .isInstanceOfSatisfying(AnnotationIoException.class,
                        e -> assertThat(e.kind()).isEqualTo(AnnotationIoException.Kind.CHANGED_ON_DISK));
        assertThat(image.resolveSibling("cat.txt")).doesNotExist();
    }

    @Test
    void aSaveAfterTheImagesFolderWasRenamedIsRefusedAndMakesNoFolder() throws Exception {
        Path image = image();
        AnnotationStore store = store(image, Formats.VOC);
        DiskState seen = store.look(image);
        Path renamed = Files.move(image.getParent(), dir.resolve("renamed"));

        assertThatThrownBy(() -> store.writeChecked(ImageAnnotation.of(image, CAT_SIZE, List.of()), seen))
                .isInstanceOfSatisfying(AnnotationIoException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AnnotationIoException.Kind.IMAGE_GONE);
                    assertThat(e.getMessage()).contains(image.toString());
                });
        assertThat(image.getParent()).doesNotExist();
        assertThat(renamed.resolve("cat.xml")).doesNotExist();
    }

    @Test
    void aStampSeesNewBytesUnderAnOldTimeAndSize() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "0 0.1 0.1 0.1 0.1\n");
        age(file, 1);
        FileStamp before = FileStamp.of(file);
        Files.writeString(file, "1 0.1 0.1 0.1 0.1\n");
        age(file, 1);
        FileStamp after = FileStamp.of(file);

        assertThat(after.size()).isEqualTo(before.size());
        assertThat(before.sameContentAs(after)).isFalse();
        assertThat(FileStamp.of(dir.resolve("none")).sameContentAs(FileStamp.of(dir.resolve("other")))).isTrue();
        assertThat(Optional.of(before).map(FileStamp::exists)).contains(true);
    }
}
