package dev.labelj.dataset;

import dev.labelj.assist.ImagePrediction;
import dev.labelj.assist.Interpolation;
import dev.labelj.assist.Proposal;
import dev.labelj.image.ImageSizes;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.StoredAnnotation;
import dev.labelj.model.Box;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Interpolate (docs/adr/0165-following-boxes-across-frames.md): the frames between two annotated frames get the
 * boxes {@link Interpolation} puts there, written as proposals (score 1: placed by rule, still to be looked at)
 * with the same review marks as a model's, only on frames with no box of that label. A frame whose annotation
 * cannot be read, or whose size cannot be told from its header, is left alone and named.
 */
public final class FrameInterpolation {
    /** The score an interpolated box carries while it is a proposal. */
    static final double SCORE = 1.0;

    private final AnnotationStore store;

    public FrameInterpolation(AnnotationStore store) {
        this.store = store;
    }

    /**
     * Fills {@code between} (in order) from {@code first}'s boxes to {@code last}'s; both key frames are
     * {@code frameSize}. A frame of another size is not a frame of the same video: it is left alone and named.
     */
    public FrameTally run(List<Box> first, ImageSize frameSize, List<Path> between, List<Box> last) {
        PredictTally writes = new PredictTally();
        PredictWriter writer = new PredictWriter(store, true, false, writes);
        List<Optional<ImageSize>> sizes = new ArrayList<>();
        List<List<Box>> there = new ArrayList<>();
        for (Path frame : between) {
            Optional<ImageSize> size = ImageSizes.fromHeader(frame).map(ImageSizes.Size::imageSize);
            if (size.isEmpty()) {
                writes.failed(frame, frame + ": cannot tell the image's size from its header; left alone");
            } else if (!size.get().sameWidthAndHeight(frameSize)) {
                writes.failed(frame, frame + ": " + size.get().width() + "x" + size.get().height() + ", not "
                        + frameSize.width() + "x" + frameSize.height() + " as the frames around it; left alone");
                size = Optional.empty();
            }
            sizes.add(size);
            there.add(size.flatMap(s -> existing(frame, s, writes)).orElse(null));
        }
        List<List<Box>> fill = Interpolation.fill(first, last, there.stream()
                .map(boxes -> boxes == null ? List.<Box>of() : boxes).toList());
        for (int i = 0; i < between.size(); i++) {
            // a frame with boxes read there has a size of the video's
            if (there.get(i) != null && !fill.get(i).isEmpty()) {
                List<Proposal> proposals = fill.get(i).stream().map(box -> new Proposal(box, SCORE, -1)).toList();
                writer.accept(new ImagePrediction(between.get(i), sizes.get(i).get(), proposals));
            }
        }
        return new FrameTally(between.size(), between.size(), writes.boxes(), false, writes);
    }

    /** The frame's boxes; empty (not to be written) when its annotation cannot be read. */
    private Optional<List<Box>> existing(Path frame, ImageSize size, PredictTally writes) {
        try {
            return Optional.of(store.read(frame, size).map(StoredAnnotation::read)
                    .map(read -> read.annotation().boxes()).orElse(List.of()));
        } catch (AnnotationIoException e) {
            writes.failed(frame, e.getMessage() + " (left alone)");
            return Optional.empty();
        }
    }
}
