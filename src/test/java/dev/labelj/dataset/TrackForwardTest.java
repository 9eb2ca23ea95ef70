package dev.labelj.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.assist.MovingFrames;
import dev.labelj.io.ReviewMarksStore;
import dev.labelj.model.Box;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Track Forward on PNG frames on disk: proposals where the object went, boxes already there kept, lost stops. */
class TrackForwardTest {
    @TempDir
    Path dir;

    @Test
    void theBoxIsFollowedThroughTheFramesAsProposalsAndABoxTheUserDrewIsKeptAndFollowedOn() throws Exception {
        FramesOnDisk disk = new FramesOnDisk(dir, new MovingFrames(640, 480, 8, 60, 80, 90, 70, 14, 9));
        Box drawn = shifted(disk.video.truth.get(5), 2);
        disk.annotate(5, drawn, Box.of("cat", 500, 400, 560, 460));

        FrameTally tally = new TrackForward(disk.store).run(disk.files.get(0), List.of(disk.video.truth.get(0)),
                disk.files.subList(1, 8), (done, total, image) -> { }, () -> false);

        assertThat(tally.framesDone()).isEqualTo(7);
        assertThat(tally.cancelled()).isFalse();
        assertThat(tally.writes().failures()).isEmpty();
        assertThat(tally.boxesAdded()).isEqualTo(6);
        ReviewMarksStore marks = new ReviewMarksStore(disk.store);
        for (int i : new int[] {1, 2, 3, 4, 6, 7}) {
            List<Box> boxes = disk.boxes(i);
            assertThat(boxes).as("frame " + i).hasSize(1);
            assertThat(boxes.get(0).label()).isEqualTo("ball");
            // after frame 5 the box is followed on from the one drawn there, 2 px off the object
            Box expected = i > 5 ? shifted(disk.video.truth.get(i), 2) : disk.video.truth.get(i);
            assertThat(boxes.get(0).iou(expected)).as("frame " + i + " " + boxes.get(0) + " vs " + expected).isGreaterThanOrEqualTo(0.8);
            assertThat(marks.read(disk.files.get(i)).isUnreviewed(boxes.get(0))).as("a proposal on frame " + i).isTrue();
        }
        // the frame the user had drawn on: nothing added, nothing moved
        assertThat(disk.boxes(5)).containsExactly(drawn, Box.of("cat", 500, 400, 560, 460));
    }

    @Test
    void aBoxWhoseObjectLeavesStopsThereAndTheRunEndsWhenNoBoxIsLeft() throws Exception {
        MovingFrames video = new MovingFrames(640, 480, 6, 200, 150, 90, 70, 10, 0);
        FramesOnDisk disk = new FramesOnDisk(dir, video);
        FramesOnDisk.write(disk.files.get(3), video.without(3));

        FrameTally tally = new TrackForward(disk.store).run(disk.files.get(0), List.of(video.truth.get(0)),
                disk.files.subList(1, 6), (done, total, image) -> { }, () -> false);

        assertThat(disk.boxes(1)).hasSize(1);
        assertThat(disk.boxes(2)).hasSize(1);
        for (int i = 3; i < 6; i++) {
            assertThat(disk.boxes(i)).as("frame " + i).isEmpty();
        }
        assertThat(tally.framesDone()).isEqualTo(3);
        assertThat(tally.cancelled()).isFalse();
    }

    @Test
    void aStopBetweenFramesEndsTheRunWithWholeFilesOnly() throws Exception {
        FramesOnDisk disk = new FramesOnDisk(dir, new MovingFrames(640, 480, 6, 60, 80, 90, 70, 14, 9));
        AtomicInteger seen = new AtomicInteger();

        FrameTally tally = new TrackForward(disk.store).run(disk.files.get(0), List.of(disk.video.truth.get(0)),
                disk.files.subList(1, 6), (done, total, image) -> seen.set(done), () -> seen.get() >= 2);

        assertThat(tally.cancelled()).isTrue();
        assertThat(tally.framesDone()).isEqualTo(2);
        assertThat(disk.boxes(2)).hasSize(1);
        assertThat(disk.boxes(3)).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".xml")).count()).isEqualTo(2);
        }
    }

    @Test
    void aFrameThatCannotBeDecodedEndsTheRunAndIsNamed() throws Exception {
        FramesOnDisk disk = new FramesOnDisk(dir, new MovingFrames(320, 240, 4, 60, 80, 60, 50, 5, 5));
        Files.write(disk.files.get(2), new byte[] {1, 2, 3});

        FrameTally tally = new TrackForward(disk.store).run(disk.files.get(0), List.of(disk.video.truth.get(0)),
                disk.files.subList(1, 4), (done, total, image) -> { }, () -> false);

        assertThat(tally.framesDone()).isEqualTo(1);
        assertThat(tally.writes().failures()).singleElement().asString().contains("frame_002.png");
        assertThat(disk.boxes(3)).isEmpty();
    }

    private static Box shifted(Box box, double by) {
        return box.withCorners(box.left() + by, box.top() + by, box.right() + by, box.bottom() + by);
    }
}
