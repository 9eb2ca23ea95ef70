package dev.labelj.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.Fixtures;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageSize;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates real fixture files (see {@link Mutations}) and converts each beside a good file, asserting what must
 * hold for any input: the reader gives a typed error or an annotation (never another exception), in time linear
 * in the file's size; the good file in the same batch converts to the same bytes as alone; and distinct labels
 * never share a YOLO id (classes.txt has no duplicate and no blank name).
 */
class FuzzedFixturesPropertyTest {
    private static final long SEED = 20261202L;
    private static final int EXAMPLES = 150;
    private static final ImageSize SIZE = new ImageSize(500, 400, 3);
    private static final int[] OUTCOMES = new int[3];

    @TempDir
    Path dir;

    /** A fixture in one format and the conversion its batch makes. */
    private record Case(AnnotationFormat from, AnnotationFormat to, Path fixture, String badImage) {
    }

    private static List<Case> cases() {
        Path voc = Fixtures.annotation("voc-labelimg/raccoon__raccoon-1.xml");
        Path vocOther = Fixtures.annotation("voc-other/voc2007__000001.xml");
        Path yolo = Fixtures.annotation("yolo/labelimg-plates/0001.txt");
        Path createMl = Fixtures.annotation("createml/roboflow-minified__valid__annotations.createml.json");
        return List.of(new Case(Formats.VOC, Formats.YOLO, voc, "bad.png"),
                new Case(Formats.VOC, Formats.CREATE_ML, vocOther, "bad.png"),
                new Case(Formats.YOLO, Formats.VOC, yolo, "bad.png"),
                new Case(Formats.CREATE_ML, Formats.YOLO, createMl,
                        "video03_000730_png.rf.279f20f5ab11a1a08b9541586dc71140.jpg"));
    }

    @AfterAll
    static void printTally() {
        System.out.printf("fuzzed inputs: %d tried, %d typed errors, %d read as annotations, 0 other outcomes%n",
                OUTCOMES[0], OUTCOMES[1], OUTCOMES[2]);
    }

    @Test
    void mutatedFixturesGiveOnlyTypedErrorsInLinearTimeAndNeverHurtTheGoodFileBesideThem() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            for (Case c : cases()) {
                try {
                    check(c, new Random(seed ^ c.fixture().hashCode()));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        });
    }

    private void check(Case c, Random random) throws IOException {
        Path root = Files.createTempDirectory(dir, "case");
        Path images = Files.createDirectories(root.resolve("images"));
        Path labels = Files.createDirectories(root.resolve("labels"));
        String good = "good." + c.from().extension();
        String badImageStem = c.badImage().replaceFirst("\\.[a-z]+$", "");
        byte[] original = Files.readAllBytes(c.fixture());
        byte[] mutated = Mutations.apply(original, random);
        if (c.from() == Formats.CREATE_ML) {
            Files.write(labels.resolve(badImageStem + ".json"), mutated);
            Files.writeString(labels.resolve("good.json"), new String(original, StandardCharsets.UTF_8)
                    .replace(c.badImage(), "good.png"));
        } else {
            Files.write(labels.resolve(badImageStem + "." + c.from().extension()), mutated);
            Files.copy(c.fixture(), labels.resolve(good));
        }
        if (c.from() == Formats.YOLO) {
            Files.copy(c.fixture().resolveSibling("classes.txt"), labels.resolve("classes.txt"));
        }
        image(images.resolve("good.png"));
        Path alone = convert(c, images, labels, root.resolve("alone"));
        image(images.resolve(c.badImage()));
        readDirectly(c, labels.resolve(badImageStem + "." + c.from().extension()), images.resolve(c.badImage()),
                mutated.length);
        Path batch = convert(c, images, labels, root.resolve("batch"));
        String goodOut = "good." + c.to().extension();
        assertThat(batch.resolve(goodOut)).as("the good file beside a mutated one").exists();
        assertThat(Files.readAllBytes(batch.resolve(goodOut))).isEqualTo(Files.readAllBytes(alone.resolve(goodOut)));
        if (c.to() == Formats.YOLO) {
            List<String> names = Files.readAllLines(batch.resolve("classes.txt"), StandardCharsets.UTF_8);
            assertThat(names).as("classes.txt").doesNotHaveDuplicates().noneMatch(String::isBlank);
        }
        deleteTree(root);
    }

    private static void readDirectly(Case c, Path file, Path image, int size) {
        OUTCOMES[0]++;
        long start = System.nanoTime();
        try {
            c.from().read(file, ImageRef.of(image, SIZE), new FormatOptions(ClassList.EMPTY));
            OUTCOMES[2]++;
        } catch (AnnotationIoException typed) {
            OUTCOMES[1]++;
            assertThat(typed.getMessage()).contains(file.getFileName().toString());
            assertThat(typed.getMessage().length()).as("a message quotes little").isLessThan(600 + file.toString().length());
        } catch (RuntimeException | Error untyped) {
            throw new AssertionError(c.from().id() + " threw " + untyped + " for a mutated " + c.fixture(), untyped);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("read time of " + size + " bytes").isLessThan(500 + size / 1000);
    }

    private static Path convert(Case c, Path images, Path labels, Path out) {
        ConvertReport report = FormatConverter.convert(new ConvertRequest(c.from(), c.to(), images,
                Optional.of(labels), out, ClassList.EMPTY), ConvertProgress.NONE);
        assertThat(report.converted() + report.withoutAnnotation() + report.kept() + report.failed())
                .isEqualTo(report.images());
        assertThat(report.failures()).extracting(ConvertReport.Failure::message)
                .noneMatch(m -> m.contains("cannot convert ("));
        return out;
    }

    private static void image(Path file) throws IOException {
        if (!Files.exists(file)) {
            ImageIO.write(new BufferedImage(SIZE.width(), SIZE.height(), BufferedImage.TYPE_3BYTE_BGR), "png",
                    file.toFile());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
