package dev.labelj.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

class DialogPlacementTest {
    private static final Dimension SIZE = new Dimension(300, 200);
    private static final Point ANCHOR = new Point(40, 20);
    private static final Rectangle OWNER = new Rectangle(100, 100, 1000, 600);
    private static final Rectangle SCREEN = new Rectangle(0, 0, 1600, 1000);

    @Test
    void theAnchorLandsUnderTheMouse() {
        assertThat(DialogPlacement.place(SIZE, new Point(500, 400), ANCHOR, OWNER, SCREEN))
                .isEqualTo(new Point(460, 380));
    }

    @Test
    void withoutAMousePointItIsCentredOnTheOwner() {
        assertThat(DialogPlacement.place(SIZE, null, ANCHOR, OWNER, SCREEN)).isEqualTo(new Point(450, 300));
    }

    @Test
    void nearAnEdgeItStaysOnTheScreen() {
        assertThat(DialogPlacement.place(SIZE, new Point(1590, 990), ANCHOR, OWNER, SCREEN))
                .isEqualTo(new Point(1300, 800));
        assertThat(DialogPlacement.place(SIZE, new Point(5, 5), ANCHOR, OWNER, SCREEN)).isEqualTo(new Point(0, 0));
    }

    @Test
    void onASecondScreenItStaysOnThatScreen() {
        Rectangle right = new Rectangle(1600, -200, 1280, 1024);
        assertThat(DialogPlacement.place(SIZE, new Point(1610, -190), ANCHOR, OWNER, right))
                .isEqualTo(new Point(1600, -200));
    }

    @Test
    void aDialogLargerThanTheScreenStartsAtItsTopLeft() {
        Rectangle small = new Rectangle(0, 0, 200, 100);
        assertThat(DialogPlacement.place(SIZE, new Point(150, 50), ANCHOR, OWNER, small)).isEqualTo(new Point(0, 0));
    }

    @Test
    void withTheMouseNearTheWindowsEdgeItStaysInsideTheWindow() {
        assertThat(DialogPlacement.place(SIZE, new Point(1080, 680), ANCHOR, OWNER, SCREEN))
                .isEqualTo(new Point(800, 500));
        assertThat(DialogPlacement.place(SIZE, new Point(110, 105), ANCHOR, OWNER, SCREEN))
                .isEqualTo(new Point(100, 100));
    }

    @Test
    void aWindowTooSmallForTheDialogLeavesItOnTheScreenUnderTheMouse() {
        Rectangle small = new Rectangle(100, 100, 250, 150);
        assertThat(DialogPlacement.place(SIZE, new Point(300, 200), ANCHOR, small, SCREEN))
                .isEqualTo(new Point(260, 180));
    }

    @Test
    void aWindowPartlyOffTheScreenKeepsTheDialogOnTheScreen() {
        Rectangle hanging = new Rectangle(1200, 600, 1000, 600);
        assertThat(DialogPlacement.place(SIZE, new Point(1550, 950), ANCHOR, hanging, SCREEN))
                .isEqualTo(new Point(1300, 800));
    }
}
