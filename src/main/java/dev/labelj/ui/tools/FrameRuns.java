package dev.labelj.ui.tools;

import dev.labelj.dataset.FrameInterpolation;
import dev.labelj.dataset.FrameTally;
import dev.labelj.dataset.TrackForward;
import dev.labelj.document.AnnotationDocument;
import dev.labelj.image.ImageSizes;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.StoredAnnotation;
import dev.labelj.model.Box;
import dev.labelj.model.ImageSize;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.support.Messages;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/**
 * Tools → Frames: Track Forward… (the open image's boxes followed through the next N images) and Interpolate (the
 * images between the open one and the next that shares a label with it get boxes in equal steps). Both write the
 * later images' annotations in the background, as proposals with review marks, while the window stays usable;
 * the open image itself is never written.
 */
public final class FrameRuns {
    /** How many images Track Forward offers to go through at first. */
    static final int DEFAULT_FRAMES = 10;

    private final JFrame window;
    private final ImageSession session;
    private final AnnotationDocument document;

    public FrameRuns(JFrame window, ImageSession session, AnnotationDocument document) {
        this.window = window;
        this.session = session;
        this.document = document;
    }

    public void defineIn(AppActions actions) {
        actions.define(ActionId.TRACK_FORWARD, this::trackForward, this::canGoOn);
        actions.define(ActionId.INTERPOLATE, this::interpolate, this::canGoOn);
    }

    private boolean canGoOn() {
        return document.isEditable() && session.hasNext();
    }

    /** Shift+F: how many of the next images, then the run beside the window. */
    private void trackForward() {
        if (!canGoOn() || !hasBoxes()) {
            return;
        }
        int after = session.images().size() - session.index() - 1;
        JSpinner count = new JSpinner(new SpinnerNumberModel(Math.min(DEFAULT_FRAMES, after), 1, after, 1));
        count.setName("trackFrames");
        Optional<Integer> chosen = NumberField.ask(window, Messages.get("action.trackForward"),
                Messages.get("frames.howMany", after), count);
        if (chosen.isEmpty() || !canGoOn()) {
            return;
        }
        int frames = chosen.get();
        Path from = document.current().imageFile();
        List<Box> boxes = document.current().boxes();
        List<Path> next = session.images().subList(session.index() + 1, session.index() + 1 + frames);
        AnnotationStore store = session.files().store();
        BackgroundRun.startBeside(window, Messages.get("frames.tracking", boxes.size(), frames),
                (progress, stop) -> new TrackForward(store).run(from, boxes, next, progress, stop), () -> { },
                tally -> report("frames.tracked", tally));
    }

    private void interpolate() {
        if (!canGoOn() || !hasBoxes()) {
            return;
        }
        List<Box> first = document.current().boxes();
        Path open = document.current().imageFile();
        Optional<ImageSize> openSize = document.current().size().or(() -> sizeOf(open));
        Set<String> labels = new HashSet<>();
        first.forEach(box -> labels.add(box.label()));
        List<Path> later = session.images().subList(session.index() + 1, session.images().size());
        AnnotationStore store = session.files().store();
        BackgroundRun.startBeside(window, Messages.get("frames.interpolating"), (progress, stop) -> {
            for (int i = 0; i < later.size() && !stop.getAsBoolean(); i++) {
                Path image = later.get(i);
                Optional<ImageSize> size = sizeOf(image);
                List<Box> boxes = size.map(s -> boxesOf(store, image, s)).orElse(List.of());
                if (boxes.stream().anyMatch(box -> labels.contains(box.label()))) {
                    return Optional.of(openSize.isPresent() && openSize.get().sameWidthAndHeight(size.get())
                            ? new Interpolated(image, Optional.of(new FrameInterpolation(store)
                            .run(first, openSize.get(), later.subList(0, i), boxes)))
                            : new Interpolated(image, Optional.empty()));
                }
            }
            return Optional.<Interpolated>empty();
        }, () -> { }, this::interpolated);
    }

    /** The image interpolated to, and what was written on the way (nothing when it has another size). */
    private record Interpolated(Path keyFrame, Optional<FrameTally> tally) {
    }

    private void interpolated(Optional<Interpolated> result) {
        if (result.isEmpty()) {
            JOptionPane.showMessageDialog(window, Messages.get("frames.noKeyFrame"), Messages.get("action.interpolate"),
                    JOptionPane.INFORMATION_MESSAGE);
        } else if (result.get().tally().isEmpty()) {
            JOptionPane.showMessageDialog(window, Messages.get("frames.otherSize",
                    result.get().keyFrame().getFileName()), Messages.get("action.interpolate"),
                    JOptionPane.INFORMATION_MESSAGE);
        } else if (result.get().tally().get().framesAsked() == 0) {
            JOptionPane.showMessageDialog(window, Messages.get("frames.adjacent",
                    result.get().keyFrame().getFileName()), Messages.get("action.interpolate"),
                    JOptionPane.INFORMATION_MESSAGE);
        } else {
            report("frames.interpolated", result.get().tally().get());
        }
    }

    private boolean hasBoxes() {
        if (document.current().boxes().isEmpty()) {
            JOptionPane.showMessageDialog(window, Messages.get("track.noBoxes"));
            return false;
        }
        return true;
    }

    private static Optional<ImageSize> sizeOf(Path image) {
        return ImageSizes.fromHeader(image).map(ImageSizes.Size::imageSize);
    }

    /** An image's boxes as saved (none when it has no annotation, or one that cannot be read). */
    private static List<Box> boxesOf(AnnotationStore store, Path image, ImageSize size) {
        try {
            return store.read(image, size).map(StoredAnnotation::read).map(read -> read.annotation().boxes())
                    .orElse(List.of());
        } catch (AnnotationIoException e) {
            return List.of();
        }
    }

    private void report(String key, FrameTally tally) {
        String summary = Messages.get(key, tally.framesDone(), tally.framesAsked(), tally.boxesAdded(),
                tally.writes().written(), tally.writes().failures().size(),
                tally.cancelled() ? Messages.get("assist.folder.cancelled") : "")
                + (tally.writes().failures().isEmpty() ? "" : "\n" + String.join("\n",
                tally.writes().failures().stream().limit(10).toList()));
        JOptionPane.showMessageDialog(window, summary, Messages.get("action.frames"), JOptionPane.INFORMATION_MESSAGE);
        session.refreshAfterRun();
    }
}
