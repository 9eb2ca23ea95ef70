package dev.labelj.ui.session;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.ReviewMarks;
import dev.labelj.io.ReviewMarksStore;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The window's side of the review marks (docs/adr/0123-review-marks-beside-the-annotations.md): boxes read from
 * an annotation become proposals again where the marks say so, and a save writes the marks of the proposals
 * the document still holds, with the verified mark (which YOLO and CreateML files cannot hold). Marks that
 * cannot be read leave every box an ordinary box and are never written over: losing marks loses only marks.
 */
final class ProposalMarks {
    private ProposalMarks() {
    }

    /** On the reader thread: {@code read} with its unreviewed boxes marked as proposals. */
    static ImageAnnotation applied(AnnotationStore store, ImageAnnotation read) {
        Optional<ReviewMarks> marks = readable(new ReviewMarksStore(store), read);
        if (marks.isEmpty()) {
            return read;
        }
        if (marks.get().verified() && !read.verified()) {
            read = read.withVerified(true);
        }
        if (marks.get().proposals().isEmpty()) {
            return read;
        }
        List<Box> boxes = new ArrayList<>();
        for (Box box : read.boxes()) {
            boxes.add(marks.get().scoreOf(box).map(box::asProposal).orElse(box));
        }
        return read.withBoxes(boxes);
    }

    /**
     * On the save thread, before the annotation itself (a kill in between leaves marks that match nothing,
     * never proposals that pass for reviewed boxes): the marks of {@code snapshot}'s proposals and its
     * verified mark. Nothing is written for an image that has neither and never had marks.
     */
    static void save(AnnotationStore store, ImageAnnotation snapshot) throws AnnotationIoException {
        ReviewMarksStore marks = new ReviewMarksStore(store);
        List<ReviewMarks.Proposal> proposals = snapshot.boxes().stream().filter(Box::isProposal)
                .map(box -> ReviewMarks.Proposal.of(box, box.proposal().getAsDouble())).toList();
        boolean exists = Files.exists(marks.fileFor(snapshot.imageFile()));
        if (proposals.isEmpty() && !snapshot.verified() && !exists) {
            return;
        }
        if (exists && readable(marks, snapshot).isEmpty()) {
            return;
        }
        marks.write(snapshot.imageFile(), new ReviewMarks(snapshot.verified(), proposals));
    }

    private static Optional<ReviewMarks> readable(ReviewMarksStore marks, ImageAnnotation annotation) {
        try {
            return Optional.of(marks.read(annotation.imageFile()));
        } catch (AnnotationIoException e) {
            return Optional.empty();
        }
    }
}
