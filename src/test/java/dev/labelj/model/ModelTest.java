package dev.labelj.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
    @Test
    void classListOnlyGrowsAtTheEndAndIdsNeverMove() {
        ClassList classes = ClassList.of("dog", "cat");
        ClassList more = classes.plus("bird").plus("dog");
        assertThat(more.names()).containsExactly("dog", "cat", "bird");
        assertThat(more.indexOf("cat")).isEqualTo(1);
        assertThat(more.startsWith(classes)).isTrue();
        assertThat(classes.startsWith(more)).isFalse();
        assertThat(more.nameOf(3)).isEmpty();
        assertThat(more.nameOf(-1)).isEmpty();
        assertThat(classes.names()).containsExactly("dog", "cat");
        assertThat(more.plusAll(List.of("cat", "fish", "dog", "fish")).names())
                .containsExactly("dog", "cat", "bird", "fish");
        assertThat(more.plusAll(List.of("dog"))).isSameAs(more);
    }

    @Test
    void boxKeepsCornersAsGivenAndOrdersEdgesOnRequest() {
        Box inverted = Box.of("truck", 1460, 138, 48, 50);
        assertThat(inverted.xMin()).isEqualTo(1460);
        assertThat(inverted.left()).isEqualTo(48);
        assertThat(inverted.right()).isEqualTo(1460);
        assertThat(inverted.top()).isEqualTo(50);
        assertThat(inverted.pose()).isEqualTo("Unspecified");
        assertThatThrownBy(() -> Box.of("x", Double.NaN, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void imageSizeMustBePositiveAndAnnotationsAreImmutable() {
        assertThatThrownBy(() -> new ImageSize(0, 10, 3)).isInstanceOf(IllegalArgumentException.class);
        List<Box> boxes = new java.util.ArrayList<>(List.of(Box.of("a", 0, 0, 1, 1)));
        ImageAnnotation annotation = ImageAnnotation.of(Path.of("a.jpg"), new ImageSize(2, 2, 1), boxes);
        boxes.clear();
        assertThat(annotation.boxes()).hasSize(1);
        assertThat(annotation.withVerified(true).verified()).isTrue();
        assertThat(annotation.imageFileName()).isEqualTo("a.jpg");
    }
}
