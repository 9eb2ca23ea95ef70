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

    @Test
    void iouOfBoxesIsTheSharedAreaOverTheJoinedAreaWhicheverWayTheCornersAreWritten() {
        Box a = Box.of("a", 0, 0, 10, 10);
        assertThat(a.iou(Box.of("b", 5, 0, 15, 10))).isEqualTo(50.0 / 150.0);
        assertThat(a.iou(Box.of("b", 10, 0, 5, 10))).as("swapped corners").isEqualTo(50.0 / 100.0);
        assertThat(a.iou(Box.of("b", 10, 10, 20, 20))).as("touching").isZero();
        assertThat(Box.of("flat", 0, 0, 0, 0).iou(Box.of("flat", 0, 0, 0, 0))).isZero();
    }

    @Test
    void aHandEditReviewsAProposal() {
        Box proposal = Box.of("car", 1, 2, 3, 4).asProposal(0.7);
        assertThat(proposal.isProposal()).isTrue();
        assertThat(proposal.withCorners(2, 2, 3, 4).isProposal()).isFalse();
        assertThat(proposal.withLabel("bus").isProposal()).isFalse();
        assertThat(proposal.reviewed()).isEqualTo(Box.of("car", 1, 2, 3, 4));
        assertThat(proposal).isNotEqualTo(proposal.reviewed());
    }
}
