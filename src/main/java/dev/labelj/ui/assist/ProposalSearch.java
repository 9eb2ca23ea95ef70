package dev.labelj.ui.assist;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.ReviewMarksStore;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.support.Tasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Finds the next image after the one shown whose review marks still hold proposals, off the EDT: a folder of
 * 100,000 images is a look for one small file each, most of them absent.
 */
final class ProposalSearch {
    private final ImageSession session;
    private final ExecutorService worker = Tasks.worker("proposal-search");

    ProposalSearch(ImageSession session) {
        this.session = session;
    }

    /** {@code then} gets, on the EDT, the index of the next image with proposals (wrapping around), if any. */
    void next(Consumer<OptionalInt> then) {
        List<Path> images = session.images();
        int from = session.index();
        ReviewMarksStore marks = new ReviewMarksStore(session.files().store());
        Tasks.submit(worker, () -> find(images, from, marks), then, error -> then.accept(OptionalInt.empty()));
    }

    private static OptionalInt find(List<Path> images, int from, ReviewMarksStore marks) {
        for (int step = 1; step <= images.size(); step++) {
            int index = (from + step) % images.size();
            if (index != from && hasProposals(marks, images.get(index))) {
                return OptionalInt.of(index);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean hasProposals(ReviewMarksStore marks, Path image) {
        if (!Files.exists(marks.fileFor(image))) {
            return false;
        }
        try {
            return !marks.read(image).proposals().isEmpty();
        } catch (AnnotationIoException e) {
            return false;
        }
    }
}
