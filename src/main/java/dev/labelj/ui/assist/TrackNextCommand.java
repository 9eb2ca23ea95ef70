package dev.labelj.ui.assist;

import dev.labelj.assist.BoxFollower;
import dev.labelj.assist.Following;
import dev.labelj.assist.Proposal;
import dev.labelj.assist.ProposalMerge;
import dev.labelj.document.AnnotationDocument;
import dev.labelj.image.DecodedImage;
import dev.labelj.image.FullPictures;
import dev.labelj.image.ImageLoadException;
import dev.labelj.model.Box;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.commands.CommandWindow;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.Tasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/**
 * Track to Next Image (F): goes to the next image as D does, and once it is shown, each box of the image left is
 * followed into it ({@link BoxFollower}, on a worker) and added there as a proposal, as one undoable edit. A box
 * that is already there (same label, IoU 0.5) is not added again; nothing there is moved or replaced.
 */
public final class TrackNextCommand {
    private final CommandWindow window;
    private final ImageSession session;
    private final AnnotationDocument document;
    private final Supplier<DecodedImage> shown;
    /** Presses kept while a step is under way: a held key should not run on for seconds after it is let go. */
    static final int MAX_WAITING = 2;
    private final ExecutorService worker = Tasks.worker("track-boxes");
    /** A step under way: from F until its boxes are added (or it ends otherwise). */
    private boolean stepping;
    /** Presses that came while a step was under way: each is one more step once it has ended. */
    private int pressesWaiting;

    /** {@code shown}: the picture the window shows now, or null. */
    public TrackNextCommand(CommandWindow window, ImageSession session, AnnotationDocument document,
            Supplier<DecodedImage> shown) {
        this.window = window;
        this.session = session;
        this.document = document;
        this.shown = shown;
    }

    public void defineIn(AppActions actions) {
        // enabled while a step is under way (the next image still loading), so a press then is kept, not dropped
        actions.define(ActionId.TRACK_NEXT, this::track,
                () -> stepping || document.isEditable() && session.hasNext());
    }

    /**
     * F: one step. A press while a step is under way (a held key) waits for it, so the next step carries the boxes
     * the last one found instead of leaving an image before they arrive.
     */
    private void track() {
        if (stepping) {
            pressesWaiting = Math.min(pressesWaiting + 1, MAX_WAITING);
            return;
        }
        step();
    }

    private void step() {
        if (!document.isEditable() || !session.hasNext()) {
            pressesWaiting = 0;
            return;
        }
        List<Box> boxes = document.current().boxes();
        if (boxes.isEmpty()) {
            // nothing to carry: on to the next image all the same, as D, so a held F goes on through it
            window.showStatus(Messages.get("track.noBoxes"));
            session.next();
            return;
        }
        Path from = document.current().imageFile();
        DecodedImage fromPicture = shown.get();
        int target = session.index() + 1;
        Path to = session.images().get(target);
        stepping = true;
        session.addListener(new WhenShown(target, toPicture -> Tasks.submit(worker,
                () -> followAll(from, fromPicture, to, toPicture, boxes), found -> {
                    add(to, boxes.size(), found);
                    stepEnded(true);
                }, error -> {
                    window.showStatus(Messages.get("track.failed", to.getFileName(), error.getMessage()));
                    stepEnded(false);
                })));
        session.next();
    }

    /** On the EDT: the step is over; a press that waited for it starts the next one, unless this one failed. */
    private void stepEnded(boolean goOn) {
        stepping = false;
        if (goOn && pressesWaiting > 0) {
            pressesWaiting--;
            step();
        } else {
            pressesWaiting = 0;
        }
    }

    /** On the worker: each box followed from one picture into the other, the lost ones left out. */
    private static List<Following> followAll(Path from, DecodedImage fromShown, Path to, DecodedImage toShown,
            List<Box> boxes) throws ImageLoadException {
        FullPictures.Picture before = FullPictures.of(from, fromShown);
        FullPictures.Picture after = FullPictures.of(to, toShown);
        if (!before.isWhole() || !after.isWhole()) {
            throw new ImageLoadException(to, ImageLoadException.Reason.TOO_LARGE, "too large to follow boxes in");
        }
        List<Following> found = new ArrayList<>();
        for (Box box : boxes) {
            found.add(BoxFollower.follow(before.pixels(), after.pixels(), box.reviewed()));
        }
        return found;
    }

    /** On the EDT: the boxes found join the image's, as proposals, as one edit, if it is still the one shown. */
    private void add(Path to, int asked, List<Following> found) {
        if (!document.isEditable() || !document.current().imageFile().equals(to)) {
            window.showStatus(Messages.get("track.gone", to.getFileName()));
            return;
        }
        List<Proposal> followed = found.stream().filter(Following::isFollowed)
                .map(f -> new Proposal(f.box(), f.score(), -1)).toList();
        List<Box> boxes = new ArrayList<>(document.current().boxes());
        List<Proposal> fresh = ProposalMerge.newOnly(boxes, followed);
        fresh.forEach(p -> boxes.add(p.box().asProposal(p.score())));
        if (!fresh.isEmpty()) {
            document.replaceBoxes(boxes, Messages.get("action.trackNext"));
        }
        window.showStatus(Messages.get("track.done", followed.size(), asked, to.getFileName(), fresh.size(),
                asked - followed.size()));
    }

    /**
     * Runs once when the image at {@code index} is shown; a stay (the prompt was cancelled), a failed decode or a
     * move elsewhere ends it unused. Told on the EDT.
     */
    private final class WhenShown implements BrowseListener {
        private final int index;
        private final java.util.function.Consumer<DecodedImage> then;
        private boolean done;

        WhenShown(int index, java.util.function.Consumer<DecodedImage> then) {
            this.index = index;
            this.then = then;
        }

        @Override
        public void imageShown(int at, DecodedImage image) {
            // another image's picture (a sharper copy of the one left) is not an answer
            if (at == index && !done) {
                done = true;
                SwingUtilities.invokeLater(() -> session.removeListener(this));
                // after the document has taken the image's boxes
                SwingUtilities.invokeLater(() -> then.accept(image));
            }
        }

        @Override
        public void loading(int at, Path image) {
            if (at != index && !done) {
                // the user went elsewhere before the image was shown
                done = true;
                SwingUtilities.invokeLater(() -> {
                    session.removeListener(this);
                    stepEnded(false);
                });
            }
        }

        @Override
        public void imageFailed(int at, Path image, String message) {
            if (at != index || done) {
                return;
            }
            done = true;
            SwingUtilities.invokeLater(() -> {
                session.removeListener(this);
                stepEnded(false);
            });
        }

        @Override
        public void stayed(int at) {
            if (done) {
                return;
            }
            done = true;
            SwingUtilities.invokeLater(() -> {
                session.removeListener(this);
                stepEnded(false);
            });
        }
    }
}
