package dev.labelj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.model.AnnotationStatus;
import dev.labelj.model.Box;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one door for an image's annotation, on real files written by labelImg and Roboflow. */
class AnnotationStoreTest {
    private static final ImageSize CAT_SIZE = new ImageSize(451, 300, 3);
    private static final Path SAMPLE_IMAGES = Path.of("data/images").toAbsolutePath();
    private static final Path SAMPLE_ANNOTATIONS = Path.of("data/annotations").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void readsTheVocFileInTheSaveDirExactlyAsWritten() throws Exception {
        Path images = copyImage("images", "cat.jpg");
        Path saveDir = Files.createDirectories(dir.resolve("saved"));
        Files.copy(SAMPLE_ANNOTATIONS.resolve("cat.xml"), saveDir.resolve("cat.xml"));
        AnnotationStore store = store(images, Optional.of(saveDir), Formats.YOLO);

        StoredAnnotation stored = store.read(images.resolve("cat.jpg"), CAT_SIZE).orElseThrow();

        assertThat(stored.format()).as("read in any format, whatever the save format").isSameAs(Formats.VOC);
        assertThat(stored.file()).isEqualTo(saveDir.resolve("cat.xml"));
        assertThat(stored.read().annotation().boxes()).extracting(Box::label, Box::xMin, Box::yMax)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cat", 20.0, 300.0));
        assertThat(stored.read().annotation().verified()).isTrue();
        assertThat(store.withSaveDir(Optional.empty()).read(images.resolve("cat.jpg"), CAT_SIZE))
                .as("nothing next to the image").isEmpty();
    }

    @Test
    void looksUpFormatsInLabelImgsOrderAndReadsYoloWithItsClassesTxt() throws Exception {
        Path images = copyImage("data/images", "cat.jpg");
        Path labels = Files.createDirectories(dir.resolve("data/labels"));
        Files.writeString(labels.resolve("classes.txt"), "dog\ncat\n");
        Files.writeString(labels.resolve("cat.txt"), "1 0.5 0.5 0.2 0.2\n");
        AnnotationStore store = store(images, Optional.empty(), Formats.VOC);

        StoredAnnotation yolo = store.read(images.resolve("cat.jpg"), CAT_SIZE).orElseThrow();
        assertThat(yolo.format()).isSameAs(Formats.YOLO);
        assertThat(yolo.read().annotation().boxes()).extracting(Box::label).containsExactly("cat");
        assertThat(yolo.read().annotation().boxes().get(0).xMin()).isCloseTo(180.4, org.assertj.core.data.Offset.offset(1e-6));

        Files.copy(SAMPLE_ANNOTATIONS.resolve("cat.xml"), images.resolve("cat.xml"));
        assertThat(store.read(images.resolve("cat.jpg"), CAT_SIZE).orElseThrow().format())
                .as("VOC is looked up first, as labelImg does").isSameAs(Formats.VOC);
    }

    @Test
    void aSharedCreateMlExportWithoutAnEntryForTheImageMeansNone() throws Exception {
        Path images = Files.createDirectories(dir.resolve("test"));
        Files.copy(Fixtures.annotation("createml/roboflow-pretty__test__annotations.createml.json"),
                images.resolve("_annotations.createml.json"));
        AnnotationStore store = store(images, Optional.empty(), Formats.CREATE_ML);
        Path listed = images.resolve("bf0aac0878b0a3d2_jpg.rf.43ce523ba85e649db07055557d72cc9e.jpg");
        Path unlisted = images.resolve("other.jpg");

        assertThat(store.read(unlisted, new ImageSize(640, 640, 3))).isEmpty();
        assertThat(store.status(unlisted)).isEqualTo(AnnotationState.of(AnnotationStatus.NO_LABEL));
        StoredAnnotation stored = store.read(listed, new ImageSize(640, 640, 3)).orElseThrow();
        assertThat(stored.file().getFileName()).hasToString("_annotations.createml.json");
        assertThat(stored.read().annotation().boxes()).extracting(Box::label).containsExactly("license-plate");
    }

    @Test
    void anUnreadableFileIsAnErrorNamingItAndTheStatusSaysWhy() throws Exception {
        Path images = copyImage("images", "cat.jpg");
        Path broken = Files.writeString(images.resolve("cat.xml"), "<annotation><object><name>cat");
        AnnotationStore store = store(images, Optional.empty(), Formats.VOC);

        assertThatThrownBy(() -> store.read(images.resolve("cat.jpg"), CAT_SIZE))
                .isInstanceOf(AnnotationIoException.class).hasMessageContaining(broken.toString());
        AnnotationState state = store.status(images.resolve("cat.jpg"));
        assertThat(state.status()).isEqualTo(AnnotationStatus.UNREADABLE);
        assertThat(state.problem()).hasValueSatisfying(p -> assertThat(p).contains(broken.toString()));
        assertThat(Files.readString(broken)).as("left untouched").isEqualTo("<annotation><object><name>cat");
    }

    @Test
    void statusTellsNoneLabelledAndVerifiedApart() throws Exception {
        Path images = copyImage("images", "cat.jpg");
        AnnotationStore store = store(images, Optional.empty(), Formats.VOC);
        Path image = images.resolve("cat.jpg");
        assertThat(store.status(image)).isEqualTo(AnnotationState.of(AnnotationStatus.NO_LABEL));
        store.write(ImageAnnotation.of(image, CAT_SIZE, List.of(Box.of("cat", 1, 2, 30, 40))));
        assertThat(store.status(image)).isEqualTo(AnnotationState.of(AnnotationStatus.LABELLED));
        store.write(ImageAnnotation.of(image, CAT_SIZE, List.of()).withVerified(true));
        assertThat(store.status(image)).isEqualTo(AnnotationState.of(AnnotationStatus.VERIFIED));
    }

    @Test
    void writesIntoTheSaveDirAtTheImagesRelativePathCreatingFolders() throws Exception {
        Path images = copyImage("images/street/day", "cat.jpg");
        Path saveDir = dir.resolve("out");
        AnnotationStore store = store(dir.resolve("images"), Optional.of(saveDir), Formats.VOC);
        Path image = images.resolve("cat.jpg");
        Box drawn = Box.of("cat", 12.4, 20.6, 200, 150.5);

        store.write(ImageAnnotation.of(image, CAT_SIZE, List.of(drawn)));

        Path written = saveDir.resolve("street/day/cat.xml");
        assertThat(store.target(image)).isEqualTo(written);
        assertThat(written).isRegularFile();
        Box back = store.read(image, CAT_SIZE).orElseThrow().read().annotation().boxes().get(0);
        assertThat(List.of(back.xMin(), back.yMin(), back.xMax(), back.yMax()))
                .as("VOC rounds to whole pixels").containsExactly(12.0, 21.0, 200.0, 151.0);
        assertThat(store.withSaveFormat(Formats.YOLO).target(image)).isEqualTo(saveDir.resolve("street/day/cat.txt"));
    }

    @Test
    void zeroBoxesWriteAValidEmptyAnnotationInEveryFormat() throws Exception {
        for (AnnotationFormat format : Formats.all()) {
            Path images = copyImage(format.id() + "/images", "cat.jpg");
            Path image = images.resolve("cat.jpg");
            AnnotationStore store = store(images, Optional.empty(), format);

            store.write(ImageAnnotation.of(image, CAT_SIZE, List.of()));

            assertThat(store.target(image)).as(format.id()).isRegularFile();
            StoredAnnotation back = store.read(image, CAT_SIZE).orElseThrow();
            assertThat(back.format()).isSameAs(format);
            assertThat(back.read().annotation().boxes()).as(format.id()).isEmpty();
            assertThat(store.status(image).status()).as(format.id()).isEqualTo(AnnotationStatus.LABELLED);
        }
    }

    @Test
    void aNewLabelIsAppendedToLabelImgsClassesTxtAndOldIdsNeverMove() throws Exception {
        Path tomatoes = Fixtures.annotation("yolo/labelimg-tomatoes");
        Path images = Files.createDirectories(dir.resolve("images"));
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Files.copy(tomatoes.resolve("classes.txt"), labels.resolve("classes.txt"));
        Files.copy(tomatoes.resolve("tomatoes_helios4eos_gettyimages-edit.txt"), labels.resolve("t.txt"));
        Path image = images.resolve("t.jpg");
        ImageSize size = new ImageSize(720, 720, 3);
        AnnotationStore store = store(images, Optional.empty(), Formats.YOLO)
                .withOptions(new FormatOptions(ClassList.of("dog", "cat")));

        ImageAnnotation opened = store.read(image, size).orElseThrow().read().annotation();
        assertThat(opened.boxes()).extracting(Box::label).containsExactly("round_object", "round_object");
        List<Box> boxes = new java.util.ArrayList<>(opened.boxes());
        boxes.add(Box.of("stem", 10, 10, 100, 100));
        store.write(opened.withBoxes(boxes));

        assertThat(Files.readString(labels.resolve("classes.txt"))).isEqualTo("round_object\nstem\n");
        assertThat(idsIn(labels.resolve("t.txt"))).containsExactly("0", "0", "1");

        store.write(opened.withBoxes(List.of(Box.of("leaf", 1, 1, 9, 9), Box.of("stem", 10, 10, 100, 100))));
        assertThat(Files.readString(labels.resolve("classes.txt"))).isEqualTo("round_object\nstem\nleaf\n");
        assertThat(idsIn(labels.resolve("t.txt"))).as("stem keeps id 1").containsExactly("2", "1");
        assertThat(store.knownClasses(image).names()).as("file order first, then the predefined")
                .containsExactly("round_object", "stem", "leaf", "dog", "cat");
    }

    @Test
    void aVocSessionOffersTheClassFileItWasGivenFirstWhateverClassesTxtLiesAbove() throws Exception {
        // a classes.txt of another dataset one and two folders up: the user's own list still leads (keys 1-9)
        Files.writeString(dir.resolve("classes.txt"), "person\ncat\n");
        Path images = copyImage("iso/c4", "cat.jpg");
        Files.writeString(dir.resolve("iso/classes.txt"), "person\ncat\n");
        AnnotationStore store = store(images, Optional.empty(), Formats.VOC)
                .withOptions(new FormatOptions(ClassList.of("zebra", "unicorn")));

        assertThat(store.knownClasses(images.resolve("cat.jpg")).names()).startsWith("zebra", "unicorn");
    }

    @Test
    void aFolderWithoutClassesTxtStartsOneWithThePredefinedClasses() throws Exception {
        Path images = copyImage("set/images", "cat.jpg");
        AnnotationStore store = store(images, Optional.empty(), Formats.YOLO)
                .withOptions(new FormatOptions(ClassList.of("dog", "cat")));

        store.write(ImageAnnotation.of(images.resolve("cat.jpg"), CAT_SIZE,
                List.of(Box.of("cat", 0, 0, 10, 10), Box.of("bird", 5, 5, 20, 20))));

        Path labels = dir.resolve("set/labels");
        assertThat(Files.readString(labels.resolve("classes.txt"))).isEqualTo("dog\ncat\nbird\n");
        assertThat(idsIn(labels.resolve("cat.txt"))).containsExactly("1", "2");
    }

    @Test
    void imagesInSubfoldersShareTheLabelRootsClassesTxt() throws Exception {
        Path root = dir.resolve("ds/images");
        copyImage("ds/images/a", "cat.jpg");
        copyImage("ds/images/b", "cat.jpg");
        AnnotationStore store = store(root, Optional.empty(), Formats.YOLO);

        store.write(ImageAnnotation.of(root.resolve("a/cat.jpg"), CAT_SIZE, List.of(Box.of("cat", 0, 0, 9, 9))));
        store.write(ImageAnnotation.of(root.resolve("b/cat.jpg"), CAT_SIZE, List.of(Box.of("dog", 0, 0, 9, 9))));

        Path labels = dir.resolve("ds/labels");
        assertThat(Files.readString(labels.resolve("classes.txt"))).isEqualTo("cat\ndog\n");
        assertThat(labels.resolve("a/classes.txt")).doesNotExist();
        assertThat(idsIn(labels.resolve("b/cat.txt"))).containsExactly("1");
        assertThat(store.read(root.resolve("b/cat.jpg"), CAT_SIZE).orElseThrow().read().annotation().boxes())
                .extracting(Box::label).containsExactly("dog");
    }

    private AnnotationStore store(Path imageRoot, Optional<Path> saveDir, AnnotationFormat format) {
        return new AnnotationStore(new AnnotationLocator(imageRoot, saveDir), format, FormatOptions.DEFAULT);
    }

    private Path copyImage(String folder, String name) throws Exception {
        Path images = Files.createDirectories(dir.resolve(folder));
        Files.copy(SAMPLE_IMAGES.resolve(name), images.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        return images;
    }

    private static List<String> idsIn(Path yoloFile) throws Exception {
        return Files.readAllLines(yoloFile, StandardCharsets.UTF_8).stream().map(l -> l.split(" ")[0]).toList();
    }
}
