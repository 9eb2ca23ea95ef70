package dev.labelj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/** Properties over random image sizes and boxes, and over random and truncated files. */
class FormatPropertiesTest {
    private static final long SEED = 20261127L;
    private static final int EXAMPLES = 200;
    private static final String[] LABELS = {"dog", "猫", "traffic light", "a&b<c>\"'", "x\u0001y", "class_7", "斑马 2"};
    private static final String[] TOKENS = {"<annotation>", "</annotation>", "<object>", "</object>", "<name>", "</name>",
        "<bndbox>", "</bndbox>", "<xmin>", "</xmin>", "<size>", "<width>", "12", "-3", "0.5", "1e309", "NaN", " ", "\n",
        "\r\n", "\t", "&amp;", "&lol;", "<!DOCTYPE a [<!ENTITY lol \"x\">]>", "<?xml version=\"1.0\"?>", "{", "}", "[",
        "]", "\"image\"", "\"annotations\"", "\"coordinates\"", "\"x\"", ":", ",", "\"a.jpg\"", "null", "true", "0",
        "1 0.5 0.5 0.2 0.2", "\uFEFF", "\u0000", "猫", "\uD800"};

    @TempDir
    Path dir;

    private record Sample(ImageSize size, List<Box> boxes) {
        ImageAnnotation annotation(Path image) {
            return ImageAnnotation.of(image, size, boxes);
        }
    }

    private static Gen<Sample> samples() {
        Gen<ImageSize> sizes = integers().between(1, 5000).zip(integers().between(1, 5000), integers().between(1, 3),
                (w, h, d) -> new ImageSize(w, h, d == 2 ? 3 : d));
        return sizes.flatMap(size -> lists().of(boxes(size)).ofSizeBetween(0, 6).map(boxes -> new Sample(size, boxes)));
    }

    private static Gen<Box> boxes(ImageSize size) {
        Gen<Double> xs = doubles().between(0, size.width());
        Gen<Double> ys = doubles().between(0, size.height());
        Gen<String> labels = integers().between(0, LABELS.length - 1).map(i -> LABELS[i]);
        return xs.zip(xs, ys, ys, labels, (x1, x2, y1, y2, label) ->
                Box.of(label, Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)));
    }

    private AnnotationRead readBack(AnnotationFormat format, Path file, Sample sample) throws AnnotationIoException {
        return format.read(file, ImageRef.of(dir.resolve("img.jpg"), sample.size()), FormatOptions.DEFAULT);
    }

    @Test
    void everyFormatIsByteStableAfterTheFirstWrite() {
        for (AnnotationFormat format : Formats.all()) {
            Path file = dir.resolve(format.id()).resolve("img." + format.extension());
            qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(samples()).checkAssert(sample -> {
                try {
                    Files.deleteIfExists(file);
                    format.write(file, sample.annotation(dir.resolve("img.jpg")), FormatOptions.DEFAULT);
                    byte[] first = Files.readAllBytes(file);
                    format.write(file, readBack(format, file, sample).annotation(), FormatOptions.DEFAULT);
                    assertThat(Files.readAllBytes(file)).as(format.id()).isEqualTo(first);
                } catch (Exception e) {
                    throw new AssertionError(format.id() + ": " + e, e);
                }
            });
        }
    }

    @Test
    void vocAndYoloAgreeWithinOnePixelBothWays() {
        Path voc = dir.resolve("v").resolve("img.xml");
        Path yolo = dir.resolve("y").resolve("img.txt");
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(samples()).checkAssert(sample -> {
            try {
                Formats.VOC.write(voc, sample.annotation(dir.resolve("img.jpg")), FormatOptions.DEFAULT);
                ImageAnnotation fromVoc = readBack(Formats.VOC, voc, sample).annotation();
                Formats.YOLO.write(yolo, fromVoc, FormatOptions.DEFAULT);
                ImageAnnotation vocThenYolo = readBack(Formats.YOLO, yolo, sample).annotation();
                // YOLO drops the boxes that have no area once written (docs/adr/0053-boxes-trainers-cannot-use.md)
                assertWithinOnePixel(withArea(sample.boxes(), fromVoc.boxes(), sample.size()), vocThenYolo.boxes());

                Formats.YOLO.write(yolo, sample.annotation(dir.resolve("img.jpg")), FormatOptions.DEFAULT);
                Formats.VOC.write(voc, readBack(Formats.YOLO, yolo, sample).annotation(), FormatOptions.DEFAULT);
                assertWithinOnePixel(withArea(sample.boxes(), sample.boxes(), sample.size()),
                        readBack(Formats.VOC, voc, sample).annotation().boxes());
            } catch (AnnotationIoException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        });
    }

    /** The boxes of {@code expected} whose counterpart in {@code written} keeps an area a YOLO line can hold. */
    private static List<Box> withArea(List<Box> expected, List<Box> written, ImageSize size) {
        List<Box> kept = new java.util.ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            Box w = written.get(i);
            double width = Math.min(size.width(), w.right()) - Math.max(0, w.left());
            double height = Math.min(size.height(), w.bottom()) - Math.max(0, w.top());
            if (width / size.width() >= 0.0000005 && height / size.height() >= 0.0000005) {
                kept.add(expected.get(i));
            }
        }
        return kept;
    }

    private static void assertWithinOnePixel(List<Box> expected, List<Box> actual) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Box e = expected.get(i);
            Box a = actual.get(i);
            assertThat(a.label()).isEqualTo(XmlText.clean(e.label()));
            assertThat(a.xMin()).isCloseTo(e.xMin(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(a.yMin()).isCloseTo(e.yMin(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(a.xMax()).isCloseTo(e.xMax(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(a.yMax()).isCloseTo(e.yMax(), org.assertj.core.data.Offset.offset(1.0));
        }
    }

    @Test
    void randomBytesOnlyEverGiveAnnotationIoException() {
        Gen<byte[]> bytes = lists().of(integers().between(0, 255)).ofSizeBetween(0, 400).map(list -> {
            byte[] b = new byte[list.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (int) list.get(i);
            }
            return b;
        });
        Gen<byte[]> tokens = lists().of(integers().between(0, TOKENS.length - 1)).ofSizeBetween(0, 60).map(list -> {
            StringBuilder text = new StringBuilder();
            list.forEach(i -> text.append(TOKENS[i]));
            return text.toString().getBytes(StandardCharsets.UTF_8);
        });
        qt().withFixedSeed(SEED).withExamples(EXAMPLES * 2).forAll(bytes.mix(tokens)).checkAssert(this::onlyTypedErrors);
    }

    @Test
    void truncatedFilesOnlyEverGiveAnnotationIoException() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(samples(), doubles().between(0, 1))
                .checkAssert((sample, cut) -> {
                    for (AnnotationFormat format : Formats.all()) {
                        try {
                            Path file = dir.resolve("whole").resolve("img." + format.extension());
                            format.write(file, sample.annotation(dir.resolve("img.jpg")), FormatOptions.DEFAULT);
                            byte[] whole = Files.readAllBytes(file);
                            byte[] part = java.util.Arrays.copyOf(whole, (int) (whole.length * cut));
                            onlyTypedErrors(part);
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    }
                });
    }

    private void onlyTypedErrors(byte[] content) {
        for (AnnotationFormat format : Formats.all()) {
            Path file = dir.resolve("garbage").resolve("a." + format.extension());
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            try {
                AnnotationRead read = format.read(file, ImageRef.of(dir.resolve("a.jpg"), new ImageSize(640, 480, 3)),
                        FormatOptions.DEFAULT);
                assertThat(read.annotation()).isNotNull();
            } catch (AnnotationIoException expected) {
                assertThat(expected.getMessage()).contains("a." + format.extension());
            } catch (RuntimeException | Error unexpected) {
                throw new AssertionError(format.id() + " threw " + unexpected + " for "
                        + new String(content, StandardCharsets.UTF_8), unexpected);
            }
        }
    }
}
