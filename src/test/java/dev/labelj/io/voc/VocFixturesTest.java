package dev.labelj.io.voc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationRead;
import dev.labelj.io.AnnotationWarning;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Fixtures;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real VOC file from labelImg, the VOC devkit, Roboflow and others reads with its real boxes. */
class VocFixturesTest {
    @TempDir
    Path dir;

    static Stream<Arguments> files() {
        return Stream.of(
                // file, verified, boxes, width, height, first box (label xmin ymin xmax ymax truncated), last box
                row("voc-labelimg/bccd__BloodImage_00000.xml", false, 20, 640, 480, "WBC 260 177 491 376 0", "RBC 368 89 464 176 0"),
                row("voc-labelimg/bccd__BloodImage_00171.orig.xml", false, 13, 640, 480, "RBC 16 195 119 303 0", "RBC 1 383 83 480 1"),
                row("voc-labelimg/bccd__BloodImage_00338.xml", false, 14, 640, 480, "RBC 453 81 555 182 0", "WBC 244 327 509 480 1"),
                row("voc-labelimg/cats__70.EMPTY-verified.xml", true, 0, 360, 270, "", ""),
                row("voc-labelimg/cvyolox__1.xml", false, 1, 512, 512, "star 250 251 261 262 0", ""),
                row("voc-labelimg/haishen__000000.xml", false, 4, 853, 640, "holothurian 63 295 239 540 0", "holothurian 521 388 723 574 0"),
                row("voc-labelimg/lunchbox__1.xml", false, 1, 640, 480, "black-box 47 81 627 381 0", ""),
                row("voc-labelimg/numbers__1031.xml", true, 2, 224, 224, "7 41 79 91 127 0", "1 132 78 182 130 0"),
                row("voc-labelimg/poker__53.xml", false, 2, 1200, 900, "Remaining 1 160 458 384 1", "PlayersLeft 337 594 763 698 0"),
                row("voc-labelimg/raccoon__raccoon-1.xml", true, 1, 650, 417, "raccoon 81 88 522 408 0", ""),
                row("voc-labelimg/raccoon__raccoon-37.xml", false, 1, 520, 593, "raccoon 13 1 500 592 1", ""),
                row("voc-labelimg/shoelace__26.xml", true, 1, 259, 194, "untied_shoes  116 44 202 174 0", ""),
                row("voc-labelimg/shoelace__309.EMPTY.xml", false, 0, 268, 188, "", ""),
                row("voc-labelimg/yologesture__1.xml", false, 1, 175, 223, "down 21 7 174 210 0", ""),
                row("voc-other/dimz-labeler__2.xml", false, 3, 814, 814, "face 190 226 87 83 0", "face 512 270 411 118 0"),
                row("voc-other/ocr-chars__000001.xml", false, 11, 512, 512, "Character 65 112 116 146 0", "Character 288 153 333 187 0"),
                row("voc-other/plates__25.xml", false, 1, 253, 450, "licence 1563 484 1563 484 0", ""),
                row("voc-other/roboflow__-1_jpg.rf.1b69c4d3b3e18bd42e055d9f076c7b41.xml", false, 8, 640, 640, "cabbage 45 272 187 470 0", "onion 239 131 332 225 0"),
                row("voc-other/roboflow__-25_jpg.rf.127a2dc4ea01331e1a9fbfbf0dc869c7.EMPTY.xml", false, 0, 640, 640, "", ""),
                row("voc-other/roboflow__Image_40_jpg.rf.f1587a4fea9202cb8be94e1967646740.xml", false, 9, 640, 640, "beet 1 155 63 391 0", "potato 606 411 606 412 0"),
                row("voc-other/track__1.xml", false, 3, 1920, 1080, "Truck 1460 138 48 50 0", "Truck 1256 232 64 68 0"),
                row("voc-other/urpc__CHN083846_0000.xml", false, 8, 0, 0, "echinus 500 165 572 237 0", "echinus 319 202 389 251 0"),
                row("voc-other/voc2007__000001.xml", false, 2, 353, 500, "dog 48 240 195 371 1", "person 8 12 352 498 1"),
                row("pairs/bccd-zero-area-box/BloodImage_00338.xml", false, 14, 640, 480, "RBC 453 81 555 182 0", "WBC 244 327 509 480 1"),
                row("pairs/cats-empty-verified/70.xml", true, 0, 360, 270, "", ""),
                row("pairs/digits-exif6-boxes-in-raw-frame/0.xml", true, 4, 224, 224, "2 1 36 61 100 1", "3 110 134 211 204 0"),
                row("pairs/poker-size-mismatch/53.xml", false, 2, 1200, 900, "Remaining 1 160 458 384 1", "PlayersLeft 337 594 763 698 0"));
    }

    private static Arguments row(String file, boolean verified, int count, int w, int h, String first, String last) {
        return Arguments.of(file, verified, count, w, h, first, last);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsTheBoxesTheFileHolds(String file, boolean verified, int count, int w, int h, String first, String last)
            throws Exception {
        ImageAnnotation annotation = read(Fixtures.annotation(file)).annotation();
        assertThat(annotation.verified()).isEqualTo(verified);
        assertThat(annotation.boxes()).hasSize(count);
        if (w == 0) {
            assertThat(annotation.size()).as("the file has no <size>").isEmpty();
        } else {
            assertThat(annotation.size()).contains(new ImageSize(w, h, 3));
        }
        if (count > 0) {
            assertBox(annotation.boxes().get(0), first);
            assertBox(annotation.boxes().get(count - 1), last.isEmpty() ? first : last);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void reSavingKeepsBoxesLabelsAndFlags(String file) throws Exception {
        ImageAnnotation original = read(Fixtures.annotation(file)).annotation();
        Path copy = dir.resolve("copy.xml");
        Formats.VOC.write(copy, original, FormatOptions.DEFAULT);
        ImageAnnotation reread = Formats.VOC.read(copy, ImageRef.withoutSize(original.imageFile()),
                FormatOptions.DEFAULT).annotation();
        assertThat(reread.verified()).isEqualTo(original.verified());
        assertThat(reread.boxes()).hasSameSizeAs(original.boxes());
        for (int i = 0; i < original.boxes().size(); i++) {
            Box before = original.boxes().get(i);
            Box after = reread.boxes().get(i);
            assertThat(after.label()).isEqualTo(before.label());
            assertThat(after.difficult()).isEqualTo(before.difficult());
            assertThat(after.truncated()).isEqualTo(before.truncated());
            assertThat(after.pose()).isEqualTo(before.pose());
            assertThat(after.extras()).isEqualTo(before.extras());
            if (original.size().isEmpty() || inside(before, original.size().get())) {
                assertThat(after.xMin()).isEqualTo(before.xMin());
                assertThat(after.yMax()).isEqualTo(before.yMax());
            }
        }
        // a file without <source>/<segmented> gains labelImg's defaults; nothing it had is lost
        assertThat(reread.extras()).containsAll(original.extras());
        byte[] firstWrite = Files.readAllBytes(copy);
        Formats.VOC.write(copy, reread, FormatOptions.DEFAULT);
        assertThat(Files.readAllBytes(copy)).isEqualTo(firstWrite);
    }

    @Test
    void pascalVoc2007OwnerAndSourceSurviveAReSaveInPlace() throws Exception {
        Path copy = dir.resolve("000001.xml");
        Formats.VOC.write(copy, read(Fixtures.annotation("voc-other/voc2007__000001.xml")).annotation(),
                FormatOptions.DEFAULT);
        String xml = Files.readString(copy);
        assertThat(xml).contains("<database>The VOC2007 Database</database>", "<annotation>PASCAL VOC2007</annotation>",
                "<flickrid>341012865</flickrid>", "<name>Jinky the Fruit Bat</name>", "<pose>Left</pose>");
        assertThat(xml.indexOf("</source>")).isLessThan(xml.indexOf("<owner>"));
        assertThat(xml.indexOf("</owner>")).isLessThan(xml.indexOf("<size>"));
        assertThat(xml).doesNotContain("<database>Unknown</database>");
    }

    @Test
    void roboflowOccludedTrackIdsAndUrpcFrameAreKept() throws Exception {
        String roboflow = reSaved("voc-other/roboflow__-1_jpg.rf.1b69c4d3b3e18bd42e055d9f076c7b41.xml");
        assertThat(roboflow).contains("<database>roboflow.com</database>")
                .contains("\t\t<difficult>0</difficult>\n\t\t<occluded>0</occluded>\n\t\t<bndbox>");
        String track = reSaved("voc-other/track__1.xml");
        assertThat(track).contains("<pose>Unspecified</pose>\n\t\t<trackID>Truck_1</trackID>\n"
                + "\t\t<trajectory_length>1</trajectory_length>");
        String urpc = reSaved("voc-other/urpc__CHN083846_0000.xml");
        assertThat(urpc).startsWith("<annotation>\n\t<frame>CHN083846_0000</frame>\n");
        assertThat(Formats.VOC.read(Fixtures.annotation("voc-other/urpc__CHN083846_0000.xml"),
                ImageRef.withoutSize(dir.resolve("CHN083846_0000.jpg")), FormatOptions.DEFAULT)
                .annotation().size()).isEmpty();
    }

    @Test
    void labelWithTrailingSpaceIsKeptExactly() throws Exception {
        ImageAnnotation annotation = read(Fixtures.annotation("voc-labelimg/shoelace__26.xml")).annotation();
        assertThat(annotation.boxes().get(0).label()).isEqualTo("untied_shoes ");
    }

    @Test
    void allNulFileIsATypedErrorNamingTheFileAndLine() {
        Path file = Fixtures.annotation("voc-labelimg/haishen__000294.CORRUPT-all-NUL.xml");
        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(AnnotationIoException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AnnotationIoException.Kind.MALFORMED);
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("haishen__000294.CORRUPT-all-NUL.xml", "line 1");
                });
    }

    @Test
    void sizeElementIsCheckedAgainstTheRealImage() throws Exception {
        Path file = Fixtures.annotation("pairs/poker-size-mismatch/53.xml");
        AnnotationRead read = Formats.VOC.read(file, ImageRef.of(file.resolveSibling("53.jpg"),
                new ImageSize(1232, 942, 3)), FormatOptions.DEFAULT);
        assertThat(read.warnings()).extracting(AnnotationWarning::kind).containsExactly(
                AnnotationWarning.Kind.SIZE_MISMATCH);
        assertThat(read.warnings().get(0).message()).contains("1200x900", "1232x942");
        assertThat(read.annotation().size()).contains(new ImageSize(1232, 942, 3));
        assertThat(read.annotation().boxes().get(0).xMax()).isEqualTo(458);
    }

    @Test
    void boxesOutsideTheImageAreReportedNotChanged() throws Exception {
        AnnotationRead read = read(Fixtures.annotation("voc-other/plates__25.xml"));
        // the one box is a point (1563,484)-(1563,484) far beyond the 253x450 image: both problems are named
        assertThat(read.warnings()).extracting(AnnotationWarning::kind).containsExactlyInAnyOrder(
                AnnotationWarning.Kind.BOX_OUTSIDE_IMAGE, AnnotationWarning.Kind.EMPTY_OR_SWAPPED_BOX);
        assertThat(read.annotation().boxes().get(0).xMin()).isCloseTo(1563, within(0.0));
    }

    private String reSaved(String fixture) throws Exception {
        Path copy = dir.resolve(Path.of(fixture).getFileName());
        Formats.VOC.write(copy, read(Fixtures.annotation(fixture)).annotation(), FormatOptions.DEFAULT);
        return Files.readString(copy);
    }

    private static boolean inside(Box box, ImageSize size) {
        return box.xMin() >= 1 && box.yMin() >= 1 && box.xMax() <= size.width() && box.yMax() <= size.height();
    }

    private static AnnotationRead read(Path file) throws AnnotationIoException {
        return Formats.VOC.read(file, ImageRef.withoutSize(file.resolveSibling("image.jpg")), FormatOptions.DEFAULT);
    }

    /** "label xmin ymin xmax ymax truncated"; the label may itself end with a space. */
    private static void assertBox(Box box, String expected) {
        String[] all = expected.split(" ");
        String[] f = new String[6];
        System.arraycopy(all, all.length - 5, f, 1, 5);
        String numbers = String.join(" ", java.util.Arrays.copyOfRange(f, 1, 6));
        f[0] = expected.substring(0, expected.length() - numbers.length() - 1);
        assertThat(box.label()).isEqualTo(f[0]);
        assertThat(new double[] {box.xMin(), box.yMin(), box.xMax(), box.yMax()}).containsExactly(
                Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]));
        assertThat(box.truncated()).isEqualTo(f[5].equals("1"));
        assertThat(box.difficult()).isFalse();
    }
}
