package dev.labelj.dataset;

import dev.labelj.assist.BoxFollower;
import dev.labelj.assist.Following;
import dev.labelj.assist.ImagePrediction;
import dev.labelj.assist.Proposal;
import dev.labelj.image.DecodedImage;
import dev.labelj.image.ImageLoadException;
import dev.labelj.image.ImageLoader;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.StoredAnnotation;
import dev.labelj.model.Box;
import dev.labelj.model.ImageSize;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Track Forward (docs/adr/0165-following-boxes-across-frames.md): the boxes of one frame followed through the next
 * frames, one frame at a time ({@link BoxFollower}), each found box written into its frame's annotation as a
 * proposal with the same review marks as a model's. A box the tracker loses stops there. Boxes already on a later
 * frame are never replaced: where one of the same label covers the followed box (IoU 0.5) nothing is added and the
 * box is followed on from the one that is there, as the user drew it. Headless; the window runs it in the
 * background.
 */
public final class TrackForward {
    /** A box and the one on a later frame it is taken to be when they overlap this much. */
    static final double SAME_OBJECT_IOU = 0.5;

    private final AnnotationStore store;

    public TrackForward(AnnotationStore store) {
        this.store = store;
    }

    /**
     * Follows {@code boxes} of {@code from} through {@code frames}, in order; stops when every box is lost, a
     * frame cannot be decoded, or {@code stop} says so (checked before each frame).
     */
    public FrameTally run(Path from, List<Box> boxes, List<Path> frames, ConvertProgress progress,
            BooleanSupplier stop) {
        PredictTally writes = new PredictTally();
        PredictWriter writer = new PredictWriter(store, true, false, writes);
        List<Box> live = boxes.stream().map(Box::reviewed).toList();
        int done = 0;
        try {
            BufferedImage previous = fullPixels(ImageLoader.load(from));
            for (Path frame : frames) {
                if (stop.getAsBoolean() || live.isEmpty()) {
                    return new FrameTally(done, frames.size(), writes.boxes(), stop.getAsBoolean(), writes);
                }
                DecodedImage picture = ImageLoader.load(frame);
                fullPixels(picture);
                Step step = step(previous, picture, live, existing(frame, picture, writes));
                if (!step.proposals().isEmpty()) {
                    writer.accept(new ImagePrediction(frame, sizeOf(picture), step.proposals()));
                }
                live = step.live();
                previous = picture.image();
                done++;
                progress.imageDone(done, frames.size(), frame);
            }
        } catch (ImageLoadException e) {
            writes.failed(e.file(), e.getMessage() + " (tracking stopped here)");
        }
        return new FrameTally(done, frames.size(), writes.boxes(), false, writes);
    }

    /** A picture decoded reduced (beyond the display limit) does not show box pixels one to one. */
    private static BufferedImage fullPixels(DecodedImage picture) throws ImageLoadException {
        if (picture.isReduced()) {
            throw new ImageLoadException(picture.file(), ImageLoadException.Reason.TOO_LARGE, "too large to follow boxes in ("
                    + picture.imageWidth() + "x" + picture.imageHeight() + ")");
        }
        return picture.image();
    }

    /** What one frame got: the boxes to add as proposals, and the boxes to follow into the frame after it. */
    private record Step(List<Proposal> proposals, List<Box> live) {
    }

    private static Step step(BufferedImage previous, DecodedImage picture, List<Box> live, List<Box> there) {
        List<Proposal> proposals = new ArrayList<>();
        List<Box> next = new ArrayList<>();
        for (Box box : live) {
            Following followed = BoxFollower.follow(previous, picture.image(), box);
            if (!followed.isFollowed()) {
                continue;
            }
            Optional<Box> drawn = there.stream().filter(b -> b.label().equals(box.label()))
                    .filter(b -> b.iou(followed.box()) >= SAME_OBJECT_IOU)
                    .max((a, b) -> Double.compare(a.iou(followed.box()), b.iou(followed.box())));
            if (drawn.isPresent()) {
                next.add(drawn.get().reviewed());
            } else {
                proposals.add(new Proposal(followed.box(), followed.score(), -1));
                next.add(followed.box());
            }
        }
        return new Step(proposals, next);
    }

    /** The boxes the frame has already (none when it has no annotation, or one that cannot be read). */
    private List<Box> existing(Path frame, DecodedImage picture, PredictTally writes) {
        try {
            return store.read(frame, sizeOf(picture)).map(StoredAnnotation::read)
                    .map(read -> read.annotation().boxes()).orElse(List.of());
        } catch (AnnotationIoException e) {
            // the writer meets the same file and names it; the boxes are still followed on through this frame
            return List.of();
        }
    }

    private static ImageSize sizeOf(DecodedImage picture) {
        return new ImageSize(picture.imageWidth(), picture.imageHeight(), picture.depth());
    }
}
