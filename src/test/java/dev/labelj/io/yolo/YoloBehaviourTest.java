package dev.labelj.io.yolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.Fixtures;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.Box;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** classes.txt is read first and only appended to; lines are labelImg's; empty means negative. */
class YoloBehaviourTest {
    private static final ImageSize SIZE = new ImageSize(640, 480, 3);

    @TempDir
    Path dir;

    private ImageAnnotation annotation(Path image, Box... boxes) {
        return ImageAnnotation.of(image, SIZE, List.of(boxes));
    }

    private ImageAnnotation read(Path txt, FormatOptions options) throws AnnotationIoException {
        return Formats.YOLO.read(txt, ImageRef.of(txt.resolveSibling("x.jpg"), SIZE), options).annotation();
    }

    @Test
    void writesLabelImgLinesWithADotWhateverTheDefaultLocale() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Path txt = dir.resolve("a.txt");
            Formats.YOLO.write(txt, annotation(dir.resolve("a.jpg"), Box.of("dog", 160, 120, 320, 360),
                    Box.of("cat", 0, 0, 640, 480)), FormatOptions.DEFAULT);
            assertThat(Files.readString(txt)).isEqualTo(
                    "0 0.375000 0.500000 0.250000 0.500000\n1 0.500000 0.500000 1.000000 1.000000\n");
            assertThat(Files.readString(dir.resolve("classes.txt"))).isEqualTo("dog\ncat\n");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aBatchSeesTheDatasetClassFileAsItIsNowAfterItsOwnAppendsAndAnEditBetweenWrites() throws Exception {
        FormatOptions batch = Formats.YOLO.startDataset(dir, FormatOptions.DEFAULT);
        Formats.YOLO.write(dir.resolve("a.txt"), annotation(dir.resolve("a.jpg"), Box.of("dog", 0, 0, 64, 48)), batch);
        Formats.YOLO.write(dir.resolve("b.txt"), annotation(dir.resolve("b.jpg"), Box.of("cat", 0, 0, 64, 48),
                Box.of("dog", 0, 0, 64, 48)), batch);
        assertThat(Files.readString(dir.resolve("classes.txt"))).isEqualTo("dog\ncat\n");
        assertThat(Files.readString(dir.resolve("b.txt"))).startsWith("1 ").contains("\n0 ");
        // someone edits the class file in place during the batch: the next write reads it again
        Files.writeString(dir.resolve("classes.txt"), "cat\ndog\nbird\n");
        Formats.YOLO.write(dir.resolve("c.txt"), annotation(dir.resolve("c.jpg"), Box.of("dog", 0, 0, 64, 48)), batch);
        assertThat(Files.readString(dir.resolve("c.txt"))).startsWith("1 ");
    }

    @Test
    void existingClassesTxtIsReadFirstAndOnlyAppendedTo() throws Exception {
        byte[] original = "person\ncat\ndog\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("classes.txt"), original);
        Path txt = dir.resolve("a.txt");
        Formats.YOLO.write(txt, annotation(dir.resolve("a.jpg"), Box.of("dog", 0, 0, 64, 48),
                Box.of("bird", 0, 0, 64, 48)), new FormatOptions(ClassList.of("bird", "dog")));
        assertThat(Files.readString(txt)).startsWith("2 ").contains("\n3 ");
        byte[] now = Files.readAllBytes(dir.resolve("classes.txt"));
        assertThat(Arrays.copyOf(now, original.length)).isEqualTo(original);
        assertThat(new String(now, StandardCharsets.UTF_8)).isEqualTo("person\ncat\ndog\nbird\n");
    }

    @Test
    void aClassFileAboveTheLabelFolderKeepsItsCrlfChineseNamesAndIdsAndIsNeverWritten() throws Exception {
        Path set = copyFolder(Fixtures.annotation("yolo/chinese-crlf"), dir.resolve("set"));
        byte[] original = Files.readAllBytes(set.resolve("classes.txt"));
        Path txt = set.resolve("labels").resolve("新图 3.txt");
        Formats.YOLO.write(txt, annotation(set.resolve("新图 3.jpg"), Box.of("熊猫", 1, 1, 10, 10),
                Box.of("小狗", 1, 1, 10, 10)), FormatOptions.DEFAULT);
        assertThat(Files.readString(txt)).startsWith("41 ").contains("\n78 ");
        // the list lives beside the labels (docs/adr/0101): it starts with the names above, in their order
        assertThat(Files.readAllBytes(set.resolve("classes.txt"))).isEqualTo(original);
        List<String> above = Files.readAllLines(set.resolve("classes.txt"), StandardCharsets.UTF_8);
        List<String> beside = Files.readAllLines(set.resolve("labels").resolve("classes.txt"), StandardCharsets.UTF_8);
        assertThat(beside.subList(0, above.size())).isEqualTo(above);
        assertThat(beside.subList(above.size(), beside.size())).containsExactly("小狗");
        assertThat(read(txt, FormatOptions.DEFAULT).boxes()).extracting(Box::label).containsExactly("熊猫", "小狗");
    }

    @Test
    void trailingBlankLineInClassesTxtDoesNotShiftTheNextId() throws Exception {
        Path set = copyFolder(Fixtures.annotation("yolo/labelimg-tomatoes"), dir.resolve("tomatoes"));
        Path txt = set.resolve("new.txt");
        Formats.YOLO.write(txt, annotation(set.resolve("new.jpg"), Box.of("leaf", 1, 1, 10, 10)), FormatOptions.DEFAULT);
        assertThat(Files.readString(txt)).startsWith("1 ");
        assertThat(Files.readString(set.resolve("classes.txt"))).isEqualTo("round_object\nleaf\n");
    }

    @Test
    void appendingKeepsTrailingSpacesOfTheLastNameAndDropsOnlyBlankLines() throws Exception {
        Files.writeString(dir.resolve("classes.txt"), "person\r\ncat \t\r\n \r\n\r\n");
        Path txt = dir.resolve("a.txt");
        Formats.YOLO.write(txt, annotation(dir.resolve("a.jpg"), Box.of("dog", 0, 0, 64, 48)), FormatOptions.DEFAULT);
        assertThat(Files.readString(txt)).startsWith("2 ");
        assertThat(Files.readString(dir.resolve("classes.txt"))).isEqualTo("person\r\ncat \t\r\ndog\r\n");
    }

    @Test
    void unknownIdSurvivesAReSaveAndTheClassFileOnlyGrowsToCoverIt() throws Exception {
        Path set = copyFolder(Fixtures.annotation("yolo/labelimg-plates"), dir.resolve("plates"));
        String classes = Files.readString(set.resolve("classes.txt"));
        Path txt = set.resolve("0089.txt");
        Formats.YOLO.write(txt, read(txt, FormatOptions.DEFAULT), FormatOptions.DEFAULT);
        assertThat(Files.readAllLines(txt)).containsExactly("17 0.119141 0.251953 0.072266 0.045573",
                "31 0.438477 0.508464 0.119141 0.092448");
        // the old bytes stay; placeholders up to id 31 follow, so a trainer's nc covers every id written
        assertThat(Files.readString(set.resolve("classes.txt"))).startsWith(classes.stripTrailing())
                .endsWith("class_29\nclass_30\nclass_31\n");
        assertThat(Files.readAllLines(set.resolve("classes.txt"))).hasSize(32);
    }

    @Test
    void aKeptUnknownIdAloneStillPadsTheClassFileUpToIt() throws Exception {
        Files.writeString(dir.resolve("classes.txt"), "person\ncat\n");
        Path a = dir.resolve("a.txt");
        Formats.YOLO.write(a, annotation(dir.resolve("a.jpg"), Box.of("class_7", 0, 0, 64, 48)), FormatOptions.DEFAULT);
        assertThat(Files.readString(a)).startsWith("7 ");
        assertThat(Files.readString(dir.resolve("classes.txt")))
                .isEqualTo("person\ncat\nclass_2\nclass_3\nclass_4\nclass_5\nclass_6\nclass_7\n");
        assertThat(read(a, FormatOptions.DEFAULT).boxes()).extracting(Box::label).containsExactly("class_7");
    }

    @Test
    void aNewNameNextToAKeptUnknownIdPadsTheClassFileSoIdsStayUnique() throws Exception {
        Files.writeString(dir.resolve("classes.txt"), "person\ncat\n");
        Path a = dir.resolve("a.txt");
        Formats.YOLO.write(a, annotation(dir.resolve("a.jpg"), Box.of("class_5", 0, 0, 64, 48),
                Box.of("bird", 0, 0, 64, 48)), FormatOptions.DEFAULT);
        assertThat(Files.readString(dir.resolve("classes.txt")))
                .isEqualTo("person\ncat\nclass_2\nclass_3\nclass_4\nclass_5\nbird\n");
        assertThat(Files.readAllLines(a)).extracting(line -> line.split(" ")[0]).containsExactly("5", "6");
        Path b = dir.resolve("b.txt");
        Formats.YOLO.write(b, annotation(dir.resolve("b.jpg"), Box.of("x", 0, 0, 64, 48), Box.of("y", 0, 0, 64, 48),
                Box.of("z", 0, 0, 64, 48)), FormatOptions.DEFAULT);
        assertThat(Files.readAllLines(b)).extracting(line -> line.split(" ")[0]).containsExactly("7", "8", "9");
        assertThat(read(a, FormatOptions.DEFAULT).boxes()).extracting(Box::label).containsExactly("class_5", "bird");
    }

    @Test
    void loadAndSaveOfAFileLabelJWroteIsByteIdentical() throws Exception {
        Path txt = dir.resolve("b.txt");
        Formats.YOLO.write(txt, annotation(dir.resolve("b.jpg"), Box.of("a", 10.3, 20.7, 300.1, 400.9),
                Box.of("b", 1, 2, 3, 4)), FormatOptions.DEFAULT);
        byte[] first = Files.readAllBytes(txt);
        Formats.YOLO.write(txt, read(txt, FormatOptions.DEFAULT), FormatOptions.DEFAULT);
        assertThat(Files.readAllBytes(txt)).isEqualTo(first);
    }

    @Test
    void emptyFileIsANegativeImageAndNoFileIsNotAnnotated() throws Exception {
        Path empty = Files.write(dir.resolve("neg.txt"), new byte[0]);
        assertThat(read(empty, FormatOptions.DEFAULT).boxes()).isEmpty();
        Path written = dir.resolve("written.txt");
        Formats.YOLO.write(written, annotation(dir.resolve("written.jpg")), FormatOptions.DEFAULT);
        assertThat(Files.size(written)).isZero();
        assertThatThrownBy(() -> read(dir.resolve("none.txt"), FormatOptions.DEFAULT))
                .isInstanceOfSatisfying(AnnotationIoException.class,
                        e -> assertThat(e.kind()).isEqualTo(AnnotationIoException.Kind.NOT_FOUND));
    }

    @Test
    void blankLinesTabsSpacesAndCrlfAreTolerated() throws Exception {
        Files.writeString(dir.resolve("classes.txt"), "a\nb\n");
        Path txt = Files.writeString(dir.resolve("odd.txt"), "\r\n1\t0.5  0.5 0.25\t0.5 \r\n\r\n  0 0.1 0.1 0.1 0.1\r\n");
        assertThat(read(txt, FormatOptions.DEFAULT).boxes()).extracting(Box::label).containsExactly("b", "a");
    }

    @Test
    void malformedLinesNameTheFileAndLine() throws Exception {
        Path txt = Files.writeString(dir.resolve("bad.txt"), "0 0.5 0.5 0.1 0.1\n0 0.5 0.5 0.1\n");
        assertThatThrownBy(() -> read(txt, FormatOptions.DEFAULT)).isInstanceOfSatisfying(AnnotationIoException.class,
                e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("bad.txt", "line 2", "expected 5 values");
                });
        Path negative = Files.writeString(dir.resolve("neg-id.txt"), "-1 0.5 0.5 0.1 0.1\n");
        assertThatThrownBy(() -> read(negative, FormatOptions.DEFAULT)).hasMessageContaining("line 1")
                .hasMessageContaining("'-1' is not a class id");
        Path nan = Files.writeString(dir.resolve("nan.txt"), "0 NaN 0.5 0.1 0.1\n");
        assertThatThrownBy(() -> read(nan, FormatOptions.DEFAULT)).hasMessageContaining("'NaN' is not a number");
        Path needsSize = Files.writeString(dir.resolve("s.txt"), "0 0.5 0.5 0.1 0.1\n");
        assertThatThrownBy(() -> Formats.YOLO.read(needsSize, ImageRef.withoutSize(dir.resolve("s.jpg")),
                FormatOptions.DEFAULT)).isInstanceOfSatisfying(AnnotationIoException.class,
                        e -> assertThat(e.kind()).isEqualTo(AnnotationIoException.Kind.MISSING_IMAGE_SIZE));
    }

    @Test
    void predefinedClassesAreTheFallbackAndSeedANewClassesTxt() throws Exception {
        Path txt = Files.writeString(dir.resolve("c.txt"), "1 0.5 0.5 0.1 0.1\n");
        FormatOptions options = new FormatOptions(ClassList.of("dog", "person", "cat"));
        assertThat(read(txt, options).boxes().get(0).label()).isEqualTo("person");
        Formats.YOLO.write(dir.resolve("d.txt"), annotation(dir.resolve("d.jpg"), Box.of("bird", 1, 1, 5, 5)), options);
        assertThat(Files.readString(dir.resolve("classes.txt"))).isEqualTo("dog\nperson\ncat\nbird\n");
        assertThat(Files.readString(dir.resolve("d.txt"))).startsWith("3 ");
    }

    private static Path copyFolder(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
