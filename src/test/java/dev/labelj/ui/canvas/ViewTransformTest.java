package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.labelj.model.Box;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The only screen/image conversion: round trips, zoom about the cursor, fitting. */
class ViewTransformTest {
    private static final double EPS = 1e-9;

    @Test
    void imageToViewAndBackIsTheIdentityAtAnyZoom() {
        for (ViewTransform t : new ViewTransform[] {new ViewTransform(0.25, 13.5, -7), new ViewTransform(4, -900, 40.25),
                new ViewTransform(1.37, 0, 0)}) {
            for (double imageX : new double[] {0, 1.5, 333.3, 4000}) {
                assertThat(t.toImageX(t.toViewX(imageX))).isCloseTo(imageX, within(EPS));
                assertThat(t.toImageY(t.toViewY(imageX))).isCloseTo(imageX, within(EPS));
            }
            Point2D view = t.toView(new Point2D.Double(12.25, 99));
            assertThat(t.toImage(view).distance(12.25, 99)).isLessThan(EPS);
        }
        ViewTransform t = new ViewTransform(2, 10, 20);
        assertThat(t.toViewX(5)).isEqualTo(20);
        assertThat(t.toViewY(5)).isEqualTo(30);
        assertThat(t.toImageLength(8)).isEqualTo(4);
    }

    @Test
    void aBoxIsItsOrderedRectangleInViewPixels() {
        ViewTransform t = new ViewTransform(2, 10, 20);
        Rectangle2D swapped = t.toView(Box.of("cat", 50, 40, 10, 30)); // as a file may hold it
        assertThat(swapped).isEqualTo(new Rectangle2D.Double(30, 80, 80, 20));
    }

    @Test
    void zoomingAboutTheCursorKeepsTheImagePointUnderIt() {
        ViewTransform t = new ViewTransform(0.5, 30, -12);
        double viewX = 417;
        double viewY = 233;
        double imageX = t.toImageX(viewX);
        double imageY = t.toImageY(viewY);
        for (double scale : new double[] {0.1, 1, 4, 16}) {
            ViewTransform zoomed = t.zoomedAbout(scale, viewX, viewY);
            assertThat(zoomed.scale()).isEqualTo(scale);
            assertThat(zoomed.toViewX(imageX)).isCloseTo(viewX, within(1e-6));
            assertThat(zoomed.toViewY(imageY)).isCloseTo(viewY, within(1e-6));
        }
    }

    @Test
    void fitShowsTheWholeImageCentred() {
        ViewTransform wide = ViewTransform.fit(4000, 3000, 1600, 1000); // limited by the height
        assertThat(wide.scale()).isCloseTo(1000 / 3000.0, within(EPS));
        assertThat(wide.offsetY()).isCloseTo(0, within(EPS));
        assertThat(wide.toViewX(2000)).as("image centre at view centre").isCloseTo(800, within(1e-6));
        assertThat(wide.toViewX(0)).isGreaterThanOrEqualTo(0);
        assertThat(wide.toViewX(4000)).isLessThanOrEqualTo(1600 + EPS);

        ViewTransform tall = ViewTransform.fit(1000, 4000, 1600, 1000);
        assertThat(tall.toViewY(0)).isCloseTo(0, within(EPS));
        assertThat(tall.toViewY(4000)).isCloseTo(1000, within(1e-6));
        assertThat(tall.toViewX(500)).isCloseTo(800, within(1e-6));
    }

    @Test
    void fitWidthFillsTheWidthAndCentresOnlyAShortImage() {
        ViewTransform tall = ViewTransform.fitWidth(1000, 4000, 1600, 1000);
        assertThat(tall.scale()).isCloseTo(1.6, within(EPS));
        assertThat(tall.toViewX(1000)).isCloseTo(1600, within(1e-6));
        assertThat(tall.offsetY()).as("tall image starts at the top").isZero();
        ViewTransform wide = ViewTransform.fitWidth(4000, 1000, 1600, 1000);
        assertThat(wide.toViewY(500)).isCloseTo(500, within(1e-6));
    }

    @Test
    void pansAndKeepsTheImageOnScreen() {
        ViewTransform t = new ViewTransform(2, 0, 0).panned(-150, 25);
        assertThat(t).isEqualTo(new ViewTransform(2, -150, 25));
        ViewTransform big = new ViewTransform(4, 500, -99_999).keptInView(1000, 1000, 800, 600);
        assertThat(big.offsetX()).as("no gap left of the image").isZero();
        assertThat(big.offsetY()).as("no gap below it").isEqualTo(600 - 4000);
        ViewTransform small = new ViewTransform(0.1, -30, 400).keptInView(1000, 1000, 800, 600);
        assertThat(small.offsetX()).isEqualTo(350);
        assertThat(small.offsetY()).isEqualTo(250);
    }

    @Test
    void refusesAZeroOrNonFiniteScale() {
        assertThatThrownBy(() -> new ViewTransform(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ViewTransform(Double.NaN, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ViewTransform(1, Double.POSITIVE_INFINITY, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ViewTransform(1.5, 0, 0).percent()).isEqualTo(150);
        assertThat(new ViewTransform(2, 3, 4).toAffine().transform(new Point2D.Double(1, 1), null))
                .isEqualTo(new Point2D.Double(5, 6));
    }

    @Test
    void framingCentresTheBoxAndFillsFourFifthsOfTheTighterSide() {
        ViewTransform framed = ViewTransform.framing(Box.of("x", 100, 200, 300, 300), 800, 600);
        Rectangle2D shown = framed.toView(Box.of("x", 100, 200, 300, 300));
        assertThat(framed.scale()).isCloseTo(3.2, within(1e-9));
        assertThat(shown.getCenterX()).isCloseTo(400, within(1e-9));
        assertThat(shown.getCenterY()).isCloseTo(300, within(1e-9));
        assertThat(shown.getWidth()).isCloseTo(640, within(1e-9));
    }

    @Test
    void showingMovesOnlyWhenSomeOfTheBoxIsOffScreen() {
        ViewTransform view = new ViewTransform(2, -100, -100);
        Box onScreen = Box.of("x", 100, 100, 200, 200);
        assertThat(view.showing(onScreen, 800, 600)).isSameAs(view);
        Box partly = Box.of("x", 400, 250, 500, 400);
        Rectangle2D moved = view.showing(partly, 800, 600).toView(partly);
        assertThat(moved.getCenterX()).isCloseTo(400, within(1e-9));
        assertThat(moved.getCenterY()).isCloseTo(300, within(1e-9));
        assertThat(view.showing(partly, 800, 600).scale()).isEqualTo(2);
    }
}
