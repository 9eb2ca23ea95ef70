package dev.labelj.assist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A generated frame sequence with a moving object: each step follows it closely; a vanished object is lost. */
class BoxFollowerTest {
    private static double iou(Box a, Box b) {
        return a.iou(b);
    }

    @Test
    void aMovingObjectIsFollowedFrameByFrameForTenFramesWithinIouPointEight() {
        MovingFrames video = new MovingFrames(640, 480, 11, 60, 80, 90, 70, 14, 9);
        Box box = video.truth.get(0).withDifficult(true);
        for (int i = 1; i < video.frames.size(); i++) {
            Following step = BoxFollower.follow(video.frames.get(i - 1), video.frames.get(i), box);
            assertThat(step.outcome()).as("frame " + i).isEqualTo(Following.Outcome.FOLLOWED);
            assertThat(iou(step.box(), video.truth.get(i))).as("frame " + i + ": " + step.box())
                    .isGreaterThanOrEqualTo(0.8);
            assertThat(step.score()).isBetween(BoxFollower.MIN_SCORE, 1.0);
            box = step.box();
        }
        assertThat(box.label()).isEqualTo("ball");
        assertThat(box.difficult()).isTrue();
    }

    /**
     * A real photo panned by (10, 6) px a frame, each frame saved as a JPEG: seven steps chained, the boxes stay
     * within 2 px of where the objects are (a pixel of error a step on the tracker's scaled copy would add up).
     */
    @Test
    void boxesOnAPannedPhotoStayOnTheirObjectsOverSevenFrames() throws Exception {
        BufferedImage photo = javax.imageio.ImageIO.read(new java.io.File("data/images/coffee.jpg"));
        List<BufferedImage> frames = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            BufferedImage frame = new BufferedImage(520, 340, BufferedImage.TYPE_3BYTE_BGR);
            frame.createGraphics().drawImage(photo, -10 * i, -6 * i, null);
            java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(frame, "jpg", jpeg);
            frames.add(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg.toByteArray())));
        }
        Box spoon = Box.of("spoon", 315, 188, 405, 330);
        Box cup = Box.of("cup", 173, 15, 420, 300);
        for (int i = 1; i < frames.size(); i++) {
            spoon = BoxFollower.follow(frames.get(i - 1), frames.get(i), spoon).box();
            cup = BoxFollower.follow(frames.get(i - 1), frames.get(i), cup).box();
        }
        assertCorners(spoon, 315 - 70, 188 - 42, 405 - 70, 330 - 42);
        assertCorners(cup, 173 - 70, 0, 420 - 70, 300 - 42);
    }

    private static void assertCorners(Box box, double left, double top, double right, double bottom) {
        assertThat(box.left()).as(box.toString()).isCloseTo(left, org.assertj.core.api.Assertions.within(2.0));
        assertThat(box.top()).as(box.toString()).isCloseTo(top, org.assertj.core.api.Assertions.within(2.0));
        assertThat(box.right()).as(box.toString()).isCloseTo(right, org.assertj.core.api.Assertions.within(2.0));
        assertThat(box.bottom()).as(box.toString()).isCloseTo(bottom, org.assertj.core.api.Assertions.within(2.0));
    }

    @Test
    void aSmallObjectOnAFullHdFrameIsFollowedToo() {
        MovingFrames video = new MovingFrames(1920, 1080, 4, 900, 500, 40, 30, -6, 5);
        Box box = video.truth.get(0);
        for (int i = 1; i < video.frames.size(); i++) {
            Following step = BoxFollower.follow(video.frames.get(i - 1), video.frames.get(i), box);
            assertThat(iou(step.box(), video.truth.get(i))).as("frame " + i).isGreaterThanOrEqualTo(0.8);
            box = step.box();
        }
    }

    @Test
    void anObjectComingNearerGrowsItsBox() {
        BufferedImage far = MovingFrames.still(640, 480, 280, 200, 80, 60);
        BufferedImage near = MovingFrames.still(640, 480, 274, 196, 92, 69);
        Following step = BoxFollower.follow(far, near, Box.of("ball", 280, 200, 360, 260));
        assertThat(step.isFollowed()).isTrue();
        assertThat(step.box().right() - step.box().left()).as(step.box().toString()).isGreaterThan(86);
        assertThat(iou(step.box(), Box.of("ball", 274, 196, 366, 265))).isGreaterThan(0.85);
    }

    @Test
    void anObjectThatLeftTheSceneIsLostNotPinnedToTheBackground() {
        MovingFrames video = new MovingFrames(640, 480, 3, 200, 150, 90, 70, 10, 0);
        BufferedImage gone = video.without(2);
        Following step = BoxFollower.follow(video.frames.get(1), gone, video.truth.get(1));
        assertThat(step.outcome()).isEqualTo(Following.Outcome.LOST);
        assertThat(step.box()).isEqualTo(video.truth.get(1));
    }

    @Test
    void aStillObjectStaysWhereItIs() {
        MovingFrames video = new MovingFrames(640, 480, 2, 300, 200, 80, 80, 0, 0);
        Box drawn = Box.of("ball", 299.6, 200.3, 380.4, 279.8);
        Following step = BoxFollower.follow(video.frames.get(0), video.frames.get(1), drawn);
        assertThat(step.isFollowed()).isTrue();
        assertThat(iou(step.box(), drawn)).isGreaterThan(0.9);
    }

    @Test
    void anotherSizeOrATinyBoxIsNotFollowed() {
        MovingFrames small = new MovingFrames(320, 240, 1, 10, 10, 40, 40, 0, 0);
        MovingFrames big = new MovingFrames(640, 480, 1, 10, 10, 40, 40, 0, 0);
        assertThat(BoxFollower.follow(small.frames.get(0), big.frames.get(0), small.truth.get(0)).outcome())
                .isEqualTo(Following.Outcome.OTHER_SIZE);
        assertThat(BoxFollower.follow(big.frames.get(0), big.frames.get(0), Box.of("x", 5, 5, 7, 30)).outcome())
                .isEqualTo(Following.Outcome.TOO_FEW_PIXELS);
    }
}
