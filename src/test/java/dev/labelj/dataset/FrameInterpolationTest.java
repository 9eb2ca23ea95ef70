package dev.labelj.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.assist.MovingFrames;
import dev.labelj.io.ReviewMarksStore;
import dev.labelj.model.Box;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interpolate on frames on disk: exact boxes in equal steps, only where the label is missing. */
class FrameInterpolationTest {
    private static final ImageSize FRAME = new ImageSize(320, 240, 3);
    @TempDir
    Path dir;

    @Test
    void theFramesBetweenGetBoxesInEqualStepsOnlyWhereTheyHaveNoneOfThatLabel() throws Exception {
        FramesOnDisk disk = new FramesOnDisk(dir, new MovingFrames(320, 240, 5, 10, 10, 30, 30, 0, 0));
        List<Box> first = List.of(Box.of("ball", 10, 20, 50, 60), Box.of("cat", 200, 100, 240, 160));
        List<Box> last = List.of(Box.of("cat", 160, 120, 200, 180), Box.of("ball", 50, 40, 90, 80));
        Box catThere = Box.of("cat", 180, 110, 220, 170);
        disk.annotate(2, catThere);

        FrameTally tally = new FrameInterpolation(disk.store).run(first, FRAME, disk.files.subList(1, 4), last);

        assertThat(tally.writes().failures()).isEmpty();
        assertThat(tally.boxesAdded()).isEqualTo(5);
        assertThat(disk.boxes(1)).containsExactlyInAnyOrder(Box.of("ball", 20, 25, 60, 65),
                Box.of("cat", 190, 105, 230, 165));
        assertThat(disk.boxes(2)).containsExactlyInAnyOrder(catThere, Box.of("ball", 30, 30, 70, 70));
        assertThat(disk.boxes(3)).containsExactlyInAnyOrder(Box.of("ball", 40, 35, 80, 75),
                Box.of("cat", 170, 115, 210, 175));
        ReviewMarksStore marks = new ReviewMarksStore(disk.store);
        assertThat(marks.read(disk.files.get(2)).isUnreviewed(catThere)).isFalse();
        assertThat(marks.read(disk.files.get(2)).isUnreviewed(Box.of("ball", 30, 30, 70, 70))).isTrue();
    }

    @Test
    void aFrameOfAnotherSizeBetweenIsLeftAloneAndNamed() throws Exception {
        FramesOnDisk disk = new FramesOnDisk(dir, new MovingFrames(320, 240, 4, 10, 10, 30, 30, 0, 0));
        FramesOnDisk.write(disk.files.get(2), new MovingFrames(160, 120, 1, 10, 10, 30, 30, 0, 0).frames.get(0));
        List<Box> first = List.of(Box.of("ball", 10, 20, 50, 60));
        List<Box> last = List.of(Box.of("ball", 40, 50, 80, 90));

        FrameTally tally = new FrameInterpolation(disk.store).run(first, FRAME, disk.files.subList(1, 3), last);

        assertThat(disk.boxes(1)).containsExactly(Box.of("ball", 20, 30, 60, 70));
        assertThat(java.nio.file.Files.exists(dir.resolve("frame_002.xml"))).isFalse();
        assertThat(tally.writes().failures()).singleElement().asString().contains("frame_002.png")
                .contains("160x120");
    }
}
