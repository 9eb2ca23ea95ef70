package dev.labelj.io.yolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.labelj.io.AnnotationRead;
import dev.labelj.io.AnnotationWarning;
import dev.labelj.io.Fixtures;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.Box;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real YOLO folder (labelImg, CVAT, Roboflow, Label Studio, ...) reads with its boxes and class names. */
class YoloFixturesTest {
    private static final ImageSize SIZE = new ImageSize(1000, 500, 3);

    static Stream<Arguments> files() {
        return Stream.of(
                // file, boxes, first label, first line's cx cy w h (as written)
                row("chinese-crlf/labels/1.txt", 6, "电话", "0.1015625 0.24722222222222223 0.19062500000000002 0.35000000000000003"),
                row("chinese-crlf/labels/2.txt", 6, "熊猫", "0.6234375000000001 0.26666666666666666 0.140625 0.35555555555555557"),
                row("cvat-yolo11/obj_train_data/2007_000027.txt", 1, "person", "0.538066 0.452000 0.360082 0.500000"),
                row("cvat-yolo11/obj_train_data/2007_000032.txt", 4, "person", "0.070000 0.759786 0.036000 0.174377"),
                row("cvat-yolo11/obj_train_data/2007_000033.txt", 3, "aeroplane", "0.736000 0.561475 0.172000 0.095628"),
                row("cvat-yolo11/obj_train_data/2007_000039.txt", 1, "tvmonitor", "0.500000 0.490667 0.376000 0.506667"),
                row("ids-beyond-classes/Screenshot (78).txt", 7, "class_15", "0.024646 0.062500 0.036707 0.047566"),
                row("ids-beyond-classes/hotstarhome.txt", 1, "class_15", "0.907015 0.065953 0.076128 0.055242"),
                row("label-studio/labels/1975dcba-keyboard-mechanical.txt", 1, "keybaord", "0.4858934169278999 0.5587774294670849 0.9373040752351101 0.8134796238244519"),
                row("label-studio/labels/d3a9043d-images.txt", 4, "mouse", "0.14526710402999063 0.747690453876021 0.29053420805998126 0.5046190922479582"),
                row("labelimg-plates/0001.txt", 1, "RAD 820 U", "0.430176 0.397786 0.418945 0.149740"),
                row("labelimg-plates/0002.txt", 1, "RAE 476 D", "0.553711 0.504557 0.289062 0.329427"),
                row("labelimg-plates/0026.txt", 2, "RAE 734W", "0.229980 0.593099 0.112305 0.066406"),
                row("labelimg-plates/0089.txt", 2, "RAE 734 W", "0.119141 0.251953 0.072266 0.045573"),
                row("labelimg-plates/0101.txt", 1, "class_35", "0.430176 0.643880 0.088867 0.050781"),
                row("labelimg-tomatoes/tomatoes_helios4eos_gettyimages-edit.txt", 2, "round_object", "0.758333 0.616667 0.216667 0.341667"),
                row("roboflow-darknet/IMG_20211008_091923_jpg.rf.7344795f4ff849360fed8f8c9154f777.txt", 3, "Bulto", "0.4987980769230769 0.2692307692307692 0.9975961538461539 0.46634615384615385"),
                row("roboflow-darknet/IMG_20211008_093613_jpg.rf.cebd807ceab0a400aabbd2d25749cffd.txt", 1, "Bulto", "0.5036057692307693 0.6045673076923077 0.25600961538461536 0.24278846153846154"),
                row("roboflow-darknet/IMG_20211008_093619_jpg.rf.b08e8dea20e36a335b0320b71489a445.txt", 1, "Bulto", "0.5324519230769231 0.4723557692307692 0.2848557692307692 0.2800480769230769"),
                row("roboflow-yolov8/train/labels/pexels-alan-w-8365989_mp4-14_jpg.rf.277f29e365a2fce55bda2a203813780f.txt", 2, "Fire", "0.4498355263157895 0.7055921052631579 0.2878289473684211 0.25082236842105265"),
                row("roboflow-yolov8/train/labels/pexels-alan-w-8365989_mp4-15_jpg.rf.a0339be61c3be28ee6976c567aee5872.txt", 0, "", ""),
                row("roboflow-yolov8/train/labels/pexels-alan-w-8365989_mp4-16_jpg.rf.8cdabc75163f4ede7a08ecff5b48f600.txt", 2, "smoke", "0.2870065789473684 0.2598684210526316 0.5740131578947368 0.5"),
                row("roboflow-yolov8/train/labels/pexels-alan-w-8365989_mp4-17_jpg.rf.96c6fedce0050fb53f6808eac5d77bcc.txt", 2, "Fire", "0.5337171052631579 0.6990131578947368 0.3355263157894737 0.2730263157894737"));
    }

    private static Arguments row(String file, int count, String label, String firstLine) {
        return Arguments.of(file, count, label, firstLine);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsEveryBoxWithItsClassName(String file, int count, String label, String firstLine) throws Exception {
        AnnotationRead read = read(Fixtures.annotation("yolo/" + file));
        assertThat(read.annotation().boxes()).hasSize(count);
        if (count > 0) {
            Box box = read.annotation().boxes().get(0);
            assertThat(box.label()).isEqualTo(label);
            String[] f = firstLine.split(" ");
            double cx = Double.parseDouble(f[0]);
            double w = Double.parseDouble(f[2]);
            double cy = Double.parseDouble(f[1]);
            double h = Double.parseDouble(f[3]);
            assertThat(box.xMin()).isCloseTo((cx - w / 2) * 1000, within(1e-9));
            assertThat(box.xMax()).isCloseTo((cx + w / 2) * 1000, within(1e-9));
            assertThat(box.yMin()).isCloseTo((cy - h / 2) * 500, within(1e-9));
            assertThat(box.yMax()).isCloseTo((cy + h / 2) * 500, within(1e-9));
        }
    }

    @Test
    void idsBeyondTheClassListAreKeptWithAWarningNamingTheLine() throws Exception {
        AnnotationRead read = read(Fixtures.annotation("yolo/labelimg-plates/0089.txt"));
        assertThat(read.annotation().boxes()).extracting(Box::label).containsExactly("RAE 734 W", "class_31");
        assertThat(read.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(AnnotationWarning.Kind.UNKNOWN_CLASS_ID);
            assertThat(w.line()).isEqualTo(2);
            assertThat(w.message()).contains("31", "29");
        });
    }

    @Test
    void classesTxtWinsOverDataYamlAndDataYamlIsUsedWithoutIt() throws Exception {
        // Label Studio's classes.txt says "keybaord" while its data.yaml says "keyboard": classes.txt is read first
        assertThat(read(Fixtures.annotation("yolo/label-studio/labels/1975dcba-keyboard-mechanical.txt"))
                .annotation().boxes().get(0).label()).isEqualTo("keybaord");
        assertThat(DataYamlNames.read(Fixtures.annotation("yolo/label-studio/data.yaml")))
                .contains(java.util.List.of("keyboard", "mouse"));
        assertThat(DataYamlNames.read(Fixtures.annotation("yolo/roboflow-yolov8/data.yaml")))
                .contains(java.util.List.of("Fire", "default", "smoke"));
    }

    private static AnnotationRead read(Path file) throws Exception {
        return Formats.YOLO.read(file, ImageRef.of(file.resolveSibling("image.jpg"), SIZE), FormatOptions.DEFAULT);
    }
}
