package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a mouse move repaints while drawing: where the crosshair, the loupe and the draft were and are. */
class CanvasMarksTest {
    private static final int W = 1000;
    private static final int H = 700;

    @Test
    void theCrosshairCoversAThinRowAndColumnThroughTheCursor() {
        List<Rectangle> marks = CanvasMarks.footprint(new Point2D.Double(300, 200), true, null, null, 2f, W, H);
        assertThat(marks).hasSize(2);
        Rectangle row = marks.get(0);
        Rectangle column = marks.get(1);
        assertThat(row.x).isZero();
        assertThat(row.width).isEqualTo(W);
        assertThat(row.contains(500, 200)).isTrue();
        assertThat(row.height).isLessThanOrEqualTo(6);
        assertThat(column.height).isEqualTo(H);
        assertThat(column.contains(300, 600)).isTrue();
        assertThat(column.width).isLessThanOrEqualTo(6);
    }

    @Test
    void nothingIsCoveredWithoutACursorOrWithTheCrosshairOff() {
        assertThat(CanvasMarks.footprint(null, true, null, null, 2f, W, H)).isEmpty();
        assertThat(CanvasMarks.footprint(new Point2D.Double(5, 5), false, null, null, 2f, W, H)).isEmpty();
    }

    @Test
    void theLoupeAndTheDraftAreCoveredWithTheirOutlines() {
        Rectangle loupe = new Rectangle(400, 100, 160, 160);
        Rectangle2D draft = new Rectangle2D.Double(100.5, 120.5, 50, 40);
        List<Rectangle> marks = CanvasMarks.footprint(null, false, loupe, draft, 3f, W, H);
        assertThat(marks).hasSize(2);
        assertThat(marks.get(0).contains(loupe)).isTrue();
        assertThat(marks.get(1).contains(new Rectangle(97, 117, 57, 47))).as("the outline around the draft").isTrue();
    }

    @Test
    void aLoupeMovedAFewPixelsIsRepaintedAsOnePlaceButTheCrosshairsLinesApart() {
        List<Rectangle> before = CanvasMarks.footprint(new Point2D.Double(300, 200), true,
                new Rectangle(324, 16, 160, 160), null, 2f, W, H);
        List<Rectangle> now = CanvasMarks.footprint(new Point2D.Double(303, 202), true,
                new Rectangle(327, 18, 160, 160), null, 2f, W, H);
        List<Rectangle> changed = CanvasMarks.changed(before, now);
        // one place for both rows, one for both columns, one for both loupes: nowhere near the whole view
        assertThat(changed).hasSize(3);
        long area = changed.stream().mapToLong(r -> (long) r.width * r.height).sum();
        assertThat(area).as("repainted area").isLessThan((long) W * H / 8);
        for (Rectangle mark : before) {
            assertThat(changed.stream().anyMatch(r -> r.contains(mark))).as("old %s repainted", mark).isTrue();
        }
        for (Rectangle mark : now) {
            assertThat(changed.stream().anyMatch(r -> r.contains(mark))).as("new %s repainted", mark).isTrue();
        }
    }

    @Test
    void placesFarApartStayApart() {
        List<Rectangle> changed = CanvasMarks.changed(List.of(new Rectangle(0, 0, 100, 100)),
                List.of(new Rectangle(500, 500, 100, 100)));
        assertThat(changed).hasSize(2);
    }
}
