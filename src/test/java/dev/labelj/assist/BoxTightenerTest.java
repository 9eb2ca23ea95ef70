package dev.labelj.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.labelj.model.Box;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Synthetic pictures with a known object inside a loose box: the tight box lands within 2 px of the object. */
class BoxTightenerTest {
    private static final double TOLERANCE = 2.0;

    /** A grey, noisy background (GrabCut must learn it, not just find a flat colour) with one object drawn in. */
    private static BufferedImage scene(int width, int height, int type, long seed) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = 110 + random.nextInt(40);
                image.setRGB(x, y, new Color(v, v + 5, v - 10).getRGB());
            }
        }
        return image;
    }

    private static void assertCloseTo(Box actual, double left, double top, double right, double bottom) {
        assertThat(actual.left()).as("left").isCloseTo(left, within(TOLERANCE));
        assertThat(actual.top()).as("top").isCloseTo(top, within(TOLERANCE));
        assertThat(actual.right()).as("right").isCloseTo(right, within(TOLERANCE));
        assertThat(actual.bottom()).as("bottom").isCloseTo(bottom, within(TOLERANCE));
    }

    @Test
    void aRectangleInALooseBoxGetsItsOwnEdgesAndKeepsItsLabelAndFlags() {
        BufferedImage image = scene(640, 480, BufferedImage.TYPE_3BYTE_BGR, 1);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 40, 30));
        g.fillRect(220, 150, 180, 120);
        g.dispose();
        Box loose = Box.of("car", 190.4, 118.7, 437.2, 300.9).withDifficult(true).asProposal(0.8);

        Tightening result = BoxTightener.tighten(image, loose);

        assertThat(result.outcome()).isEqualTo(Tightening.Outcome.TIGHTENED);
        assertCloseTo(result.box(), 220, 150, 400, 270);
        assertThat(result.box().label()).isEqualTo("car");
        assertThat(result.box().difficult()).isTrue();
        // the user chose the new edges, as with a drag: the box counts as reviewed
        assertThat(result.box().isProposal()).isFalse();
    }

    @Test
    void aDiscInAGreyPictureWithTheBoxAgainstTheImageEdge() {
        BufferedImage image = scene(500, 400, BufferedImage.TYPE_BYTE_GRAY, 2);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillOval(10, 30, 150, 150);
        g.dispose();
        Box loose = Box.of("ball", 0, 0, 210, 230);

        Tightening result = BoxTightener.tighten(image, loose);

        assertThat(result.outcome()).isEqualTo(Tightening.Outcome.TIGHTENED);
        assertCloseTo(result.box(), 10, 30, 160, 180);
    }

    @Test
    void aLargeObjectOnALargePictureIsWorkedOnScaledDownAndStillLandsWithinTwoPixels() {
        BufferedImage image = scene(2000, 1500, BufferedImage.TYPE_3BYTE_BGR, 3);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 60, 200));
        g.fillRect(600, 400, 500, 380);
        g.dispose();
        Box loose = Box.of("sign", 560, 350, 1150, 820);

        Tightening result = BoxTightener.tighten(image, loose);

        assertThat(result.outcome()).isEqualTo(Tightening.Outcome.TIGHTENED);
        assertCloseTo(result.box(), 600, 400, 1100, 780);
    }

    @Test
    void aReducedPictureIsMeasuredInFullImagePixels() {
        // the picture is a half-size decode of a 1280x960 image: the box and the answer are in full pixels
        BufferedImage half = scene(640, 480, BufferedImage.TYPE_3BYTE_BGR, 4);
        Graphics2D g = half.createGraphics();
        g.setColor(new Color(220, 200, 20));
        g.fillRect(100, 100, 200, 150);
        g.dispose();

        Tightening result = BoxTightener.tighten(half, 1280, 960, Box.of("x", 150, 150, 660, 560));

        assertThat(result.outcome()).isEqualTo(Tightening.Outcome.TIGHTENED);
        assertCloseTo(result.box(), 200, 200, 600, 500);
    }

    @Test
    void aSpeckInABigBoxIsImplausibleAndTheBoxStaysAsItWas() {
        BufferedImage image = scene(640, 480, BufferedImage.TYPE_3BYTE_BGR, 5);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(250, 20, 200));
        g.fillRect(300, 220, 30, 30);
        g.dispose();
        Box loose = Box.of("speck", 150, 100, 500, 400);

        Tightening result = BoxTightener.tighten(image, loose);

        assertThat(result.outcome()).isEqualTo(Tightening.Outcome.TOO_SMALL);
        assertThat(result.box()).isEqualTo(loose);
    }

    @Test
    void aBoxOutsideThePictureHasTooFewPixels() {
        BufferedImage image = scene(100, 80, BufferedImage.TYPE_3BYTE_BGR, 6);
        Box outside = Box.of("x", 120, 10, 160, 40);

        Tightening result = BoxTightener.tighten(image, outside);

        assertThat(result.outcome()).isEqualTo(Tightening.Outcome.TOO_FEW_PIXELS);
        assertThat(result.box()).isEqualTo(outside);
    }

    @Test
    void theNewBoxNeverGrowsPastTheOldOne() {
        // the object runs out of the box on the right: the box keeps its right edge
        BufferedImage image = scene(400, 300, BufferedImage.TYPE_3BYTE_BGR, 7);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 200, 40));
        g.fillRect(100, 80, 250, 120);
        g.dispose();
        Box cut = Box.of("x", 70, 50, 300, 230);

        Tightening result = BoxTightener.tighten(image, cut);

        assertThat(result.outcome()).isEqualTo(Tightening.Outcome.TIGHTENED);
        assertCloseTo(result.box(), 100, 80, 300, 200);
        assertThat(result.box().right()).isLessThanOrEqualTo(300);
    }
}
