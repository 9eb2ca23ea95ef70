package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** Boxes painted into a real image and checked at known pixels. */
class BoxPainterTest {
    private static final int BACKGROUND = new Color(40, 40, 40).getRGB();
    private static final int WHITE = Color.WHITE.getRGB();
    private static final IntPredicate ALL = i -> true;
    private static final IntPredicate NONE = i -> false;
    private static final Box CAT = Box.of("cat", 20, 20, 80, 80);

    private final BoxPainter painter = new BoxPainter(BoxPainter.Style.DEFAULT);
    private final ViewTransform twice = new ViewTransform(2, 10, 10); // CAT at view (50,50)-(170,170)

    @Test
    void anOutlineInTheLabelsColourAndAnUntouchedInside() {
        BufferedImage view = paint(300, 300, g -> painter.paintBoxes(g, twice, List.of(CAT), ALL, NONE, -1));
        int catColour = LabelColors.of("cat").getRGB();
        assertThat(view.getRGB(50, 110)).as("left edge").isEqualTo(catColour);
        assertThat(view.getRGB(170, 110)).as("right edge").isEqualTo(catColour);
        assertThat(view.getRGB(110, 50)).as("top edge").isEqualTo(catColour);
        assertThat(view.getRGB(110, 110)).as("inside").isEqualTo(BACKGROUND);
        assertThat(view.getRGB(45, 110)).as("outside").isEqualTo(BACKGROUND);
        assertThat(view.getRGB(50, 50)).as("no handles unless selected").isNotEqualTo(WHITE);
    }

    @Test
    void aProposalIsDashedAndCarriesItsScoreWhileAReviewedBoxIsSolid() {
        int catColour = LabelColors.of("cat").getRGB();
        BufferedImage proposal = paint(300, 300,
                g -> painter.paintBoxes(g, twice, List.of(CAT.asProposal(0.87)), ALL, NONE, -1));
        BufferedImage reviewed = paint(300, 300, g -> painter.paintBoxes(g, twice, List.of(CAT), ALL, NONE, -1));
        int gapsInProposal = 0;
        int gapsInReviewed = 0;
        for (int y = 60; y < 160; y++) {
            gapsInProposal += proposal.getRGB(50, y) == BACKGROUND ? 1 : 0;
            gapsInReviewed += reviewed.getRGB(50, y) == BACKGROUND ? 1 : 0;
        }
        assertThat(gapsInReviewed).as("solid left edge").isZero();
        assertThat(gapsInProposal).as("dashed left edge").isGreaterThan(20);
        // the score tab sits above the top-left corner, in the label's colour, even with labels not displayed
        assertThat(proposal.getRGB(53, 40)).isEqualTo(catColour);
        assertThat(reviewed.getRGB(53, 40)).isEqualTo(BACKGROUND);
    }

    @Test
    void aSelectedBoxIsFilledAndShowsItsEightHandles() {
        BufferedImage view = paint(300, 300, g -> painter.paintBoxes(g, twice, List.of(CAT), ALL, ALL, -1));
        int inside = view.getRGB(110, 90);
        assertThat(inside).as("translucent fill").isNotEqualTo(BACKGROUND).isNotEqualTo(LabelColors.of("cat").getRGB());
        for (int[] at : new int[][] {{50, 50}, {110, 50}, {170, 50}, {170, 110}, {170, 170}, {110, 170}, {50, 170},
                {50, 110}}) {
            assertThat(view.getRGB(at[0], at[1])).as("handle at " + at[0] + "," + at[1]).isEqualTo(WHITE);
        }
    }

    @Test
    void aHoveredBoxIsFilledWithoutHandlesAndAHiddenOneIsNotPainted() {
        Box dog = Box.of("dog", 100, 20, 130, 60);
        BufferedImage view = paint(300, 300, g -> painter.paintBoxes(g, twice, List.of(CAT, dog), i -> i == 1, NONE, 1));
        assertThat(view.getRGB(50, 110)).as("hidden cat").isEqualTo(BACKGROUND);
        assertThat(view.getRGB(250, 100)).as("hovered dog filled").isNotEqualTo(BACKGROUND);
        assertThat(view.getRGB(210, 50)).as("no handle").isEqualTo(LabelColors.of("dog").getRGB());
    }

    @Test
    void handlesHaveTheSameScreenSizeAt400And25Percent() {
        Box box = Box.of("person", 100, 100, 300, 300);
        int[] whiteCounts = new int[2];
        double[] scales = {4, 0.25};
        for (int k = 0; k < 2; k++) {
            ViewTransform t = new ViewTransform(scales[k], 150 - 100 * scales[k], 150 - 100 * scales[k]);
            BufferedImage view = paint(1000, 1000, g -> painter.paintBoxes(g, t, List.of(box), ALL, ALL, -1));
            whiteCounts[k] = countAround(view, 150, 150, 12, WHITE);
        }
        int side = BoxPainter.Style.DEFAULT.handleSizePx();
        assertThat(whiteCounts[0]).as("white inside the handle's border").isEqualTo((side - 2) * (side - 2));
        assertThat(whiteCounts[1]).isEqualTo(whiteCounts[0]);
    }

    @Test
    void aSmallSelectedBoxKeepsMostOfItsInsideInViewBetweenSmallerHandles() {
        Box small = Box.of("cat", 50, 50, 62, 62); // 12 x 12 on screen: 8 px handles would cover it whole
        BufferedImage view = paint(120, 120, g -> painter.paintBoxes(g, ViewTransform.IDENTITY, List.of(small), ALL,
                ALL, -1));
        int inside = 0;
        for (int y = 51; y < 62; y++) {
            for (int x = 51; x < 62; x++) {
                inside += view.getRGB(x, y) == WHITE ? 1 : 0;
            }
        }
        assertThat(inside).as("handle pixels inside the box").isLessThan(11 * 11 / 4);
        assertThat(countAround(view, 50, 50, 3, WHITE)).as("still a corner handle").isPositive();
    }

    @Test
    void aBoxOnlyAFewPixelsAcrossShowsNoHandles() {
        Box tiny = Box.of("cat", 50, 50, 56, 56);
        BufferedImage view = paint(120, 120, g -> painter.paintBoxes(g, ViewTransform.IDENTITY, List.of(tiny), ALL,
                ALL, -1));
        assertThat(countAround(view, 53, 53, 12, WHITE)).isZero();
        assertThat(view.getRGB(50, 53)).as("the outline shows").isEqualTo(LabelColors.of("cat").getRGB());
    }

    @Test
    void labelsAreWrittenOnATabAboveTheBoxWhenAsked() {
        BoxPainter labelled = new BoxPainter(BoxPainter.Style.DEFAULT.withShowLabels(true));
        BufferedImage with = paint(300, 300, g -> labelled.paintBoxes(g, twice, List.of(CAT), ALL, NONE, -1));
        BufferedImage without = paint(300, 300, g -> painter.paintBoxes(g, twice, List.of(CAT), ALL, NONE, -1));
        int tab = LabelColors.of("cat").getRGB();
        assertThat(countAround(with, 70, 40, 5, tab)).isGreaterThan(20);
        assertThat(countAround(without, 70, 40, 5, tab)).isZero();
    }

    @Test
    void theDraftAndTheCrosshairShowWhileDrawing() {
        BufferedImage view = paint(300, 300, g -> {
            painter.paintDraft(g, twice, Box.of("cat", 20, 20, 80, 80));
            painter.paintCrosshair(g, 250, 200, new Rectangle(0, 0, 300, 300));
        });
        assertThat(countAround(view, 50, 110, 10, LabelColors.of("cat").getRGB())).as("dashed edge").isGreaterThan(5);
        assertThat(view.getRGB(110, 110)).as("translucent inside").isNotEqualTo(BACKGROUND);
        assertThat(view.getRGB(250, 3)).as("vertical guide spans the view").isNotEqualTo(BACKGROUND);
        assertThat(view.getRGB(2, 200)).as("horizontal guide").isNotEqualTo(BACKGROUND);
        assertThat(view.getRGB(260, 20)).isEqualTo(BACKGROUND);
    }

    private static BufferedImage paint(int width, int height, java.util.function.Consumer<Graphics2D> work) {
        BufferedImage view = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = view.createGraphics();
        g.setColor(new Color(BACKGROUND));
        g.fillRect(0, 0, width, height);
        work.accept(g);
        g.dispose();
        return view;
    }

    private static int countAround(BufferedImage view, int x, int y, int radius, int rgb) {
        int count = 0;
        for (int yy = y - radius; yy <= y + radius; yy++) {
            for (int xx = x - radius; xx <= x + radius; xx++) {
                if (view.getRGB(xx, yy) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
