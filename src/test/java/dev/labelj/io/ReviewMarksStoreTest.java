package dev.labelj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.model.Box;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review marks live beside the annotations, in files of their own: the annotation stays a clean training file,
 * and boxes read back through each format's rounding still match their marks.
 */
class ReviewMarksStoreTest {
    private static final ImageSize SIZE = new ImageSize(640, 480, 3);
    private static final Box PROPOSED = Box.of("car", 10.4, 20.6, 200.3, 150.7);
    private static final Box MANUAL = Box.of("car", 300, 300, 400, 400);

    @TempDir
    Path dir;

    private AnnotationStore store(AnnotationFormat format) {
        return new AnnotationStore(AnnotationLocator.nextToImages(dir.resolve("images")), format,
                new FormatOptions(ClassList.of("car")));
    }

    @Test
    void marksSurviveEachFormatsRoundingAndTheYoloFileKeepsFiveColumns() throws Exception {
        for (AnnotationFormat format : Formats.all()) {
            AnnotationStore store = store(format);
            Path image = dir.resolve("images").resolve("a-" + format.id() + ".jpg");
            ReviewMarksStore marks = new ReviewMarksStore(store);
            marks.write(image, ReviewMarks.NONE.plus(List.of(ReviewMarks.Proposal.of(PROPOSED, 0.87))));
            store.write(ImageAnnotation.of(image, SIZE, List.of(PROPOSED, MANUAL)));

            List<Box> read = store.read(image, SIZE).orElseThrow().read().annotation().boxes();
            ReviewMarks back = marks.read(image);
            assertThat(read).as(format.id()).hasSize(2);
            assertThat(back.scoreOf(read.get(0))).as(format.id()).contains(0.87);
            assertThat(back.isUnreviewed(read.get(1))).as(format.id()).isFalse();
        }
        for (String line : Files.readAllLines(dir.resolve("labels").resolve("a-yolo.txt"))) {
            assertThat(line.split(" ")).hasSize(5);
        }
    }

    @Test
    void theMarksFileSitsInAHiddenFolderBesideTheAnnotation() {
        Path image = dir.resolve("images").resolve("a.jpg");
        assertThat(new ReviewMarksStore(store(Formats.YOLO)).fileFor(image))
                .isEqualTo(dir.resolve("labels").resolve(".labelj").resolve("a.jpg.json").toAbsolutePath());
        assertThat(new ReviewMarksStore(store(Formats.VOC)).fileFor(image))
                .isEqualTo(dir.resolve("images").resolve(".labelj").resolve("a.jpg.json").toAbsolutePath());
    }

    @Test
    void keepsTheVerifiedMarkForFormatsWithoutOne() throws Exception {
        Path image = dir.resolve("images").resolve("a.jpg");
        ReviewMarksStore marks = new ReviewMarksStore(store(Formats.YOLO));
        marks.write(image, ReviewMarks.NONE.withVerified(true));
        assertThat(marks.read(image).verified()).isTrue();
    }

    @Test
    void reviewingTheLastProposalRemovesTheFile() throws Exception {
        Path image = dir.resolve("images").resolve("a.jpg");
        ReviewMarksStore marks = new ReviewMarksStore(store(Formats.VOC));
        ReviewMarks one = ReviewMarks.NONE.plus(List.of(ReviewMarks.Proposal.of(PROPOSED, 0.5)));
        marks.write(image, one);
        assertThat(marks.hasMarksFile(image)).isTrue();
        marks.write(image, one.reviewed(PROPOSED));
        assertThat(marks.hasMarksFile(image)).isFalse();
        assertThat(marks.fileFor(image)).doesNotExist();
        assertThat(marks.read(image)).isEqualTo(ReviewMarks.NONE);
    }

    @Test
    void aMarkWhoseBoxWasMovedMatchesNothing() {
        ReviewMarks marks = ReviewMarks.NONE.plus(List.of(ReviewMarks.Proposal.of(PROPOSED, 0.5)));
        Box moved = PROPOSED.withCorners(15, 20.6, 200.3, 150.7);
        assertThat(marks.isUnreviewed(moved)).isFalse();
        assertThat(marks.isUnreviewed(PROPOSED.withLabel("bus"))).isFalse();
        assertThat(marks.keepingOnly(List.of(moved, MANUAL)).proposals()).isEmpty();
    }

    @Test
    void aBrokenMarksFileIsNamedAndLeftAsItIs() throws Exception {
        Path image = dir.resolve("images").resolve("a.jpg");
        ReviewMarksStore marks = new ReviewMarksStore(store(Formats.VOC));
        Path file = marks.fileFor(image);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"version\": 1, \"proposals\": [{\"label\": \"car\", \"box\": [1, 2]}]}");
        assertThatThrownBy(() -> marks.read(image)).isInstanceOf(AnnotationIoException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining("proposals[0]");
        Files.writeString(file, "{not json");
        assertThatThrownBy(() -> marks.read(image)).hasMessageStartingWith(file.toString());
        assertThat(Files.readString(file)).isEqualTo("{not json");
    }

    @Test
    void theFileListSaysProposedWhileMarksHoldProposalsAndVerifiedWhenOnlyTheMarksCanSayIt() throws Exception {
        AnnotationStore yolo = store(Formats.YOLO);
        Path image = dir.resolve("images").resolve("b.jpg");
        yolo.write(ImageAnnotation.of(image, SIZE, List.of(PROPOSED, MANUAL)));
        ReviewMarksStore marks = new ReviewMarksStore(yolo);
        assertThat(yolo.status(image).status()).isEqualTo(dev.labelj.model.AnnotationStatus.LABELLED);
        marks.write(image, ReviewMarks.NONE.plus(List.of(ReviewMarks.Proposal.of(PROPOSED, 0.87))));
        assertThat(yolo.status(image).status()).isEqualTo(dev.labelj.model.AnnotationStatus.PROPOSED);
        // reviewed, and verified with Space: a YOLO file cannot hold that, its marks do
        marks.write(image, new ReviewMarks(true, List.of()));
        assertThat(yolo.status(image).status()).isEqualTo(dev.labelj.model.AnnotationStatus.VERIFIED);
    }
}
