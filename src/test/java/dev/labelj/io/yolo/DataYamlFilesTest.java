package dev.labelj.io.yolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.model.ClassList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data.yaml files as YOLOv5 and Ultralytics write them, read by a YAML parser; broken ones are errors. */
class DataYamlFilesTest {
    @TempDir
    Path dir;

    private List<String> names(String yaml) throws AnnotationIoException {
        try {
            Files.writeString(dir.resolve("data.yaml"), yaml);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return ClassFiles.find(dir, ClassList.EMPTY).classes().names();
    }

    @Test
    void aNamesListSpreadOverLinesAsYolov5WroteIt() throws Exception {
        assertThat(names("""
                # Classes
                nc: 12  # number of classes
                names: ['person', 'bicycle', 'car', 'motorcycle', 'airplane', 'bus', 'train', 'truck',
                        'boat', 'traffic light',  # the rest
                        'fire hydrant', "it's"]  # class names
                """)).containsExactly("person", "bicycle", "car", "motorcycle", "airplane", "bus", "train", "truck",
                "boat", "traffic light", "fire hydrant", "it's");
    }

    @Test
    void anchorsAliasesQuotesAndCommentMarksInsideNames() throws Exception {
        assertThat(names("names: &n ['person', 'car']\n")).containsExactly("person", "car");
        assertThat(names("base: &n [cat, 'dog # 2']\nnames: *n\n")).containsExactly("cat", "dog # 2");
        assertThat(names("names:\n  0: 'it''s'\n  1: no\n  2: '12'\n")).containsExactly("it's", "no", "12");
    }

    @Test
    void nestedPathTrainAndValAroundAMapping() throws Exception {
        assertThat(names("""
                path: ../datasets/coco128
                train:
                  - images/train2017
                  - images/extra
                val: {dir: images/val2017}
                names:
                  0: person
                  2: car
                download: |
                  names: [not, these]
                """)).containsExactly("person", "class_1", "car");
    }

    @Test
    void brokenOrAmbiguousFilesAreErrorsNamingTheFileAndLine() {
        assertThatThrownBy(() -> names("nc: 2\nnames: ['a', 'b'\n")).isInstanceOf(AnnotationIoException.class)
                .hasMessageContaining("data.yaml");
        assertThatThrownBy(() -> names("names: [a]\nnames: [b]\n")).isInstanceOf(AnnotationIoException.class)
                .hasMessageContaining("data.yaml").hasMessageContaining("line 2");
        assertThatThrownBy(() -> names("names: [a, [b, c]]\n")).isInstanceOf(AnnotationIoException.class)
                .hasMessageContaining("names[1]");
        assertThatThrownBy(() -> names("names: {0: a, x: b}\n")).isInstanceOf(AnnotationIoException.class)
                .hasMessageContaining("names.x");
        assertThatThrownBy(() -> names("names: person\n")).isInstanceOf(AnnotationIoException.class)
                .hasMessageContaining("names");
    }

    @Test
    void aliasBombsAndDeepNestingFailFast() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev).append(", *")
                    .append(prev).append(", *").append(prev).append(", *").append(prev).append("]\n");
        }
        bomb.append("names: *k\n");
        long start = System.nanoTime();
        assertThatThrownBy(() -> names(bomb.toString())).isInstanceOf(AnnotationIoException.class);
        assertThatThrownBy(() -> names("names: " + "[".repeat(100_000) + "\n")).isInstanceOf(AnnotationIoException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }
}
