package dev.labelj.dataset;

import dev.labelj.assist.Detector;
import dev.labelj.assist.ClassMapping;
import dev.labelj.assist.FolderRun;
import dev.labelj.assist.ImagePrediction;
import dev.labelj.assist.PredictOptions;
import dev.labelj.assist.audit.AuditOptions;
import dev.labelj.assist.audit.ClassMetrics;
import dev.labelj.assist.audit.Disagreement;
import dev.labelj.assist.audit.ImageComparison;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.StoredAnnotation;
import dev.labelj.model.Box;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Compares a folder's saved labels with a model ({@code labelj audit}, Tools → Compare With Model): the model runs
 * over every image that has an annotation (decode overlapped with inference, as a folder prediction), each image's
 * labels are read as the window reads them, and its disagreements are handed on as soon as they are known. An
 * image or annotation that cannot be read is named and the run goes on.
 */
public final class LabelAudit implements FolderRun.Sink {
    /** Non-maximum suppression as a trainer's validation runs it. */
    private static final double NMS_IOU = 0.7;

    private final AnnotationStore store;
    private final AuditOptions options;
    private final Consumer<ImageAudit> each;
    private final ClassMetrics metrics;
    private final List<Disagreement> found = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int audited;
    private int unlabelled;
    /** The dataset classes the model's classes map to: only labels of these are judged. */
    private Set<String> known = Set.of();

    /** @param each gets every image compared, on the thread that runs the audit */
    public LabelAudit(AnnotationStore store, AuditOptions options, Consumer<ImageAudit> each) {
        this.store = store;
        this.options = options;
        this.each = each;
        this.metrics = new ClassMetrics(options);
    }

    /** Runs {@code detector} over {@code images} and compares; {@code cancelled} is asked before each image. */
    public AuditReport run(Detector detector, ClassMapping mapping, List<Path> images, FolderRun.Progress progress,
            BooleanSupplier cancelled) {
        known = Set.copyOf(mapping.targets().values());
        PredictOptions predict = new PredictOptions(options.inferenceFloor(), NMS_IOU, 300);
        FolderRun.Outcome outcome = new FolderRun(detector, predict, mapping).run(images, this, progress, cancelled);
        return report(outcome);
    }

    @Override
    public boolean wants(Path image) {
        if (store.locator().find(image).isPresent()) {
            return true;
        }
        synchronized (this) {
            unlabelled++;
        }
        return false;
    }

    @Override
    public void failed(Path image, String message) {
        synchronized (this) {
            failures.add(message.startsWith(image.toString()) ? message : image + ": " + message);
        }
    }

    @Override
    public void accept(ImagePrediction prediction) {
        Path image = prediction.image();
        List<Box> labels;
        try {
            Optional<StoredAnnotation> stored = store.read(image, prediction.size());
            if (stored.isEmpty()) {
                synchronized (this) {
                    unlabelled++;
                }
                return;
            }
            labels = stored.get().read().annotation().boxes();
        } catch (AnnotationIoException e) {
            failed(image, e.getMessage() + " (left out of the audit)");
            return;
        }
        List<Disagreement> disagreements = ImageComparison.compare(image, labels, prediction.proposals(), options,
                known::contains);
        synchronized (this) {
            metrics.add(labels.stream().filter(b -> known.contains(b.label())).toList(), prediction.proposals());
            found.addAll(disagreements);
            audited++;
        }
        each.accept(new ImageAudit(image, labels.size(), disagreements));
    }

    private synchronized AuditReport report(FolderRun.Outcome outcome) {
        List<Disagreement> sorted = new ArrayList<>(found);
        sorted.sort(Disagreement.MOST_LIKELY_FIRST);
        return new AuditReport(sorted, metrics.results(), audited, unlabelled, failures, outcome.done(),
                outcome.total(), outcome.cancelled());
    }
}
