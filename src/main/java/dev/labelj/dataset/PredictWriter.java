package dev.labelj.dataset;

import dev.labelj.assist.FolderRun;
import dev.labelj.assist.ImagePrediction;
import dev.labelj.assist.MergePlan;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.FileStamp;
import dev.labelj.io.ReviewMarks;
import dev.labelj.io.ReviewMarksStore;
import dev.labelj.io.StoredAnnotation;
import dev.labelj.model.ImageAnnotation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes what a folder prediction ({@code labelj predict}, Tools → Auto Label → Predict Folder) found (docs/adr/0124-predict-command.md): new boxes go into the image's
 * annotation as ordinary boxes, their review marks beside it. Existing boxes are never moved or replaced; a
 * prediction overlapping an existing box of its class (IoU 0.5) is left out; a file that cannot be read is
 * skipped and named; a file that changed on disk since it was read is not written.
 */
public final class PredictWriter implements FolderRun.Sink {
    private final AnnotationStore store;
    private final ReviewMarksStore marks;
    private final boolean all;
    private final boolean overwritePredicted;
    private final PredictTally tally;

    public PredictWriter(AnnotationStore store, boolean all, boolean overwritePredicted, PredictTally tally) {
        this.store = store;
        this.marks = new ReviewMarksStore(store);
        this.all = all;
        this.overwritePredicted = overwritePredicted;
        this.tally = tally;
    }

    @Override
    public boolean wants(Path image) {
        // the final word is accept's, with the file read; this only spares decoding images that will be skipped
        if (all || overwritePredicted || store.locator().find(image).isEmpty()) {
            return true;
        }
        tally.annotated();
        return false;
    }

    @Override
    public void failed(Path image, String message) {
        tally.failed(image, message);
    }

    @Override
    public void accept(ImagePrediction prediction) {
        Path image = prediction.image();
        try {
            Optional<AnnotationLocator.Located> found = store.locator().find(image);
            if (found.isPresent() && !found.get().format().id().equals(store.saveFormat().id())) {
                tally.failed(image, found.get().file() + ": is a " + found.get().format().id()
                        + " annotation and predict writes " + store.saveFormat().id() + "; skipped (give --format "
                        + found.get().format().id() + " to add to it)");
                return;
            }
            // the file a write would replace: stamped before reading, compared before writing
            Path file = found.map(AnnotationLocator.Located::file).orElse(store.target(image));
            FileStamp stamp = stamp(file);
            Optional<StoredAnnotation> stored = store.read(image, prediction.size());
            ReviewMarks before = marks.read(image);
            write(prediction, file, stamp, stored.map(s -> s.read().annotation()), before);
        } catch (AnnotationIoException e) {
            tally.failed(image, e.getMessage() + " (skipped: nothing written for this image)");
        }
    }

    private void write(ImagePrediction prediction, Path file, FileStamp stamp, Optional<ImageAnnotation> existing,
            ReviewMarks before) throws AnnotationIoException {
        Path image = prediction.image();
        MergePlan plan = MergePlan.plan(existing, before::isUnreviewed, before.verified(), prediction.proposals(),
                all, overwritePredicted);
        switch (plan.outcome()) {
            case ANNOTATED -> tally.annotated();
            case NOTHING_FOUND -> tally.nothingFound();
            case NOTHING_NEW -> tally.nothingNew();
            case WRITE -> {
                ImageAnnotation annotation = existing.map(a -> a.withBoxes(plan.boxes()))
                        .orElseGet(() -> ImageAnnotation.of(image, prediction.size(), plan.boxes()));
                ReviewMarks after = before.keepingOnly(plan.kept()).plus(plan.added().stream()
                        .map(p -> ReviewMarks.Proposal.of(p.box(), p.score())).toList());
                writeUnlessChanged(image, file, stamp, annotation, after,
                        plan.added().stream().map(p -> p.box().label()).toList());
                return;
            }
        }
    }

    private void writeUnlessChanged(Path image, Path file, FileStamp stamp, ImageAnnotation annotation,
            ReviewMarks after, List<String> addedLabels) throws AnnotationIoException {
        if (!stamp.sameContentAs(stamp(file))) {
            tally.failed(image, file + ": changed on disk while predicting; left as it is (run again)");
            return;
        }
        // marks first: a kill before the annotation is written leaves marks that match no box, never the reverse
        marks.write(image, after);
        if (!stamp.sameContentAs(stamp(file))) {
            tally.failed(image, file + ": changed on disk while predicting; left as it is (run again)");
            return;
        }
        store.write(annotation);
        tally.wrote(addedLabels);
    }

    private static FileStamp stamp(Path file) throws AnnotationIoException {
        try {
            return FileStamp.of(file);
        } catch (IOException e) {
            throw AnnotationIoException.of(file, AnnotationIoException.Kind.UNREADABLE,
                    "cannot read (" + e.getMessage() + ")", e);
        }
    }
}
