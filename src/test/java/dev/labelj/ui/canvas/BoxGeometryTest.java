package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tools' geometry in image pixels: clamped to the image, normalised, sizes kept. */
class BoxGeometryTest {
    private static final double W = 400;
    private static final double H = 300;
    private static final Box BOX = Box.of("cat", 100, 50, 200, 150).withDifficult(true);

    @Test
    void movingKeepsTheSizeAndStopsAtTheImageEdge() {
        assertThat(BoxGeometry.moved(BOX, 30, -20, W, H)).isEqualTo(BOX.withCorners(130, 30, 230, 130));
        assertThat(BoxGeometry.moved(BOX, 1000, 1000, W, H)).isEqualTo(BOX.withCorners(300, 200, 400, 300));
        assertThat(BoxGeometry.moved(BOX, -1000, -1000, W, H)).isEqualTo(BOX.withCorners(0, 0, 100, 100));
        assertThat(BoxGeometry.moved(BOX, 5, 5, W, H).difficult()).as("other fields kept").isTrue();
    }

    @Test
    void aBoxFromAFileOutsideTheImageIsNeverPushedFurtherOut() {
        Box outside = Box.of("car", -20, 10, 50, 60);
        assertThat(BoxGeometry.moved(outside, -10, 0, W, H)).isEqualTo(outside);
        assertThat(BoxGeometry.moved(outside, 15, 0, W, H)).isEqualTo(outside.withCorners(-5, 10, 65, 60));
    }

    @Test
    void nudgingMovesTheSelectedGroupTogetherAndLeavesOthers() {
        Box other = Box.of("dog", 0, 0, 10, 10);
        Box nearEdge = Box.of("cat", 390, 100, 398, 120);
        List<Box> boxes = List.of(other, BOX, nearEdge);
        List<Box> nudged = BoxGeometry.nudged(boxes, List.of(1, 2), 10, 1, W, H);
        assertThat(nudged).containsExactly(other, BOX.withCorners(102, 51, 202, 151),
                nearEdge.withCorners(392, 101, 400, 121));
        assertThat(BoxGeometry.nudged(List.of(nearEdge.withCorners(392, 0, 400, 10)), List.of(0), 1, -1, W, H))
                .as("at the edge nothing changes: no edit").containsExactly(nearEdge.withCorners(392, 0, 400, 10));
    }

    @Test
    void resizingByEachHandleMovesOnlyItsEdgesAndFlipsPastTheOpposite() {
        assertThat(BoxGeometry.resized(BOX, Handle.BOTTOM_RIGHT, 250, 180, W, H))
                .isEqualTo(BOX.withCorners(100, 50, 250, 180));
        assertThat(BoxGeometry.resized(BOX, Handle.TOP, 999, 20, W, H)).isEqualTo(BOX.withCorners(100, 20, 200, 150));
        assertThat(BoxGeometry.resized(BOX, Handle.LEFT, 130, -5, W, H))
                .isEqualTo(BOX.withCorners(130, 50, 200, 150));
        assertThat(BoxGeometry.resized(BOX, Handle.TOP_LEFT, 260, 170, W, H)).as("crossed corners, normalised")
                .isEqualTo(BOX.withCorners(200, 150, 260, 170));
        assertThat(BoxGeometry.resized(BOX, Handle.BOTTOM_LEFT, -50, 500, W, H)).as("clamped to the image")
                .isEqualTo(BOX.withCorners(0, 50, 200, 300));
    }

    @Test
    void aDragDrawsAClampedNormalisedBoxOrASquare() {
        assertThat(BoxGeometry.fromDrag("cat", 300, 250, 120.5, 40, W, H, false))
                .isEqualTo(Box.of("cat", 120.5, 40, 300, 250));
        assertThat(BoxGeometry.fromDrag("cat", -10, 20, 500, 400, W, H, false))
                .isEqualTo(Box.of("cat", 0, 20, 400, 300));
        assertThat(BoxGeometry.fromDrag("cat", 100, 100, 160, 130, W, H, true))
                .isEqualTo(Box.of("cat", 100, 100, 130, 130));
        assertThat(BoxGeometry.fromDrag("cat", 100, 100, 20, 170, W, H, true)).as("towards the drag")
                .isEqualTo(Box.of("cat", 30, 100, 100, 170));
        assertThat(BoxGeometry.fromDrag("cat", 390, 290, 600, 600, W, H, true)).as("a square inside the image")
                .isEqualTo(Box.of("cat", 390, 290, 400, 300));
    }

    @Test
    void aBoxSmallerThanAFewScreenPixelsIsDegenerateAtThatZoom() {
        Box small = Box.of("cat", 10, 10, 13, 40); // 3 image px wide
        assertThat(BoxGeometry.isDegenerate(small, 4, new ViewTransform(1, 0, 0))).isTrue();
        assertThat(BoxGeometry.isDegenerate(small, 4, new ViewTransform(4, 0, 0))).isFalse();
        assertThat(BoxGeometry.isDegenerate(Box.of("cat", 10, 10, 10, 40), 4, new ViewTransform(16, 0, 0)))
                .as("zero width (labelImg let this through)").isTrue();
        assertThat(BoxGeometry.isDegenerate(BOX, 4, new ViewTransform(0.05, 0, 0))).as("5 view px").isFalse();
    }

    @Test
    void boxesFromAnotherImageAreCutToItsEdgesAndThoseWithNothingInsideAreLeftOut() {
        Box inside = Box.of("cat", 10, 10, 50, 50);
        Box partly = Box.of("dog", 350, 250, 500, 400).withDifficult(true);
        Box swapped = Box.of("owl", 60, 60, 20, 20);
        Box outside = Box.of("car", 450, 10, 600, 50);
        Box flat = Box.of("pen", 30, 30, 30, 90);
        BoxGeometry.Fitted fitted = BoxGeometry.fittedInto(List.of(inside, partly, swapped, outside, flat), W, H);
        assertThat(fitted.boxes()).containsExactly(inside, partly.withCorners(350, 250, 400, 300), swapped);
        assertThat(fitted.boxes().get(1).difficult()).isTrue();
        assertThat(fitted.clipped()).isEqualTo(1);
        assertThat(fitted.leftOut()).isEqualTo(2);
    }
}
