package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Box hits in image pixels, topmost first; handle hits in screen pixels at any zoom. */
class BoxHitsTest {
    private static final Box BOX = Box.of("cat", 100, 100, 300, 200);

    @Test
    void boxesUnderAPointComeTopmostFirstAndClicksCycleThroughThem() {
        Box big = Box.of("a", 0, 0, 100, 100);
        Box same = Box.of("a", 0, 0, 100, 100); // an equal record: only indices tell them apart
        Box elsewhere = Box.of("b", 200, 200, 300, 300);
        List<Box> boxes = List.of(big, elsewhere, same);
        List<Integer> under = BoxHits.boxesAt(boxes, 50, 50);
        assertThat(under).containsExactly(2, 0);
        assertThat(BoxHits.boxesAt(boxes, 150, 150)).isEmpty();
        assertThat(BoxHits.boxesAt(List.of(Box.of("c", 60, 80, 10, 20)), 30, 50)).as("swapped corners")
                .containsExactly(0);

        assertThat(BoxHits.nextUnder(under, OptionalInt.empty())).hasValue(2);
        assertThat(BoxHits.nextUnder(under, OptionalInt.of(2))).hasValue(0);
        assertThat(BoxHits.nextUnder(under, OptionalInt.of(0))).as("wraps").hasValue(2);
        assertThat(BoxHits.nextUnder(under, OptionalInt.of(1))).as("selection elsewhere").hasValue(2);
        assertThat(BoxHits.nextUnder(List.of(), OptionalInt.of(1))).isEmpty();
    }

    @Test
    void theGrabZoneIsTheSameNumberOfScreenPixelsAt400And25Percent() {
        for (double scale : new double[] {4, 0.25}) {
            ViewTransform t = new ViewTransform(scale, 17, -5);
            double cornerX = t.toViewX(300);
            double cornerY = t.toViewY(200);
            assertThat(BoxHits.handleAt(BOX, t, cornerX + 5, cornerY - 5, 6)).as("at " + scale)
                    .contains(Handle.BOTTOM_RIGHT);
            assertThat(BoxHits.handleAt(BOX, t, cornerX + 7, cornerY, 6)).as("at " + scale).isEmpty();
            double midTopX = t.toViewX(200);
            assertThat(BoxHits.handleAt(BOX, t, midTopX - 3, t.toViewY(100) + 4, 6)).contains(Handle.TOP);
        }
    }

    @Test
    void theNearestHandleWinsOnATinyBox() {
        ViewTransform t = new ViewTransform(0.25, 0, 0); // BOX is 50 x 25 view px
        assertThat(BoxHits.handleAt(BOX, t, 25 + 1, 25 + 1, 8)).contains(Handle.TOP_LEFT);
        assertThat(BoxHits.handleAt(BOX, t, 25 + 24, 25 + 22, 8)).contains(Handle.BOTTOM);
        assertThat(BoxHits.handleAt(BOX, t, 25 + 14, 25 + 12, 8)).as("inside, away from handles").isEmpty();
    }
}
