package dev.labelj.dataset;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationWarning;
import dev.labelj.model.Box;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageAnnotation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks for the labels that break training: unreadable files and images, boxes outside the image or without
 * area, near-duplicate boxes, unknown classes, sizes that disagree with the image, annotation files without an
 * image and images sharing one annotation file. Changes nothing.
 */
public final class DatasetValidator {
    /** Two boxes of one label overlapping more than this are almost surely one object labelled twice. */
    static final double DUPLICATE_IOU = 0.9;

    private DatasetValidator() {
    }

    public static List<Finding> validate(DatasetReader.Dataset dataset, ClassList classes) {
        List<Finding> findings = new ArrayList<>();
        dataset.skipped().forEach(s -> findings.add(new Finding(Finding.Severity.WARNING, "not-scanned", s.file(), 0, 0,
                s.message())));
        for (DatasetItem item : dataset.items()) {
            item.imageProblem().ifPresent(p -> findings.add(new Finding(Finding.Severity.ERROR, "unreadable-image",
                    item.image(), 0, 0, p)));
            item.readError().ifPresent(e -> findings.add(unreadable(e)));
            item.warnings().forEach(w -> findings.add(fromWarning(w)));
            item.annotation().ifPresent(a -> findings.addAll(boxFindings(item, a, classes)));
        }
        findings.addAll(DatasetFiles.collisions(dataset));
        findings.addAll(DatasetFiles.orphans(dataset));
        return findings;
    }

    private static Finding unreadable(AnnotationIoException e) {
        return new Finding(Finding.Severity.ERROR, "unreadable-annotation", e.file(), e.line(), 0, e.getMessage());
    }

    private static Finding fromWarning(AnnotationWarning w) {
        boolean wholly = w.message().contains("entirely outside") || w.message().contains("no area");
        Finding.Severity severity = switch (w.kind()) {
            case UNKNOWN_CLASS_ID, EMPTY_LABEL -> Finding.Severity.ERROR;
            case BOX_OUTSIDE_IMAGE, EMPTY_OR_SWAPPED_BOX -> wholly ? Finding.Severity.ERROR : Finding.Severity.WARNING;
            default -> Finding.Severity.WARNING;
        };
        String code = switch (w.kind()) {
            case SIZE_MISMATCH -> "size-mismatch";
            case UNKNOWN_CLASS_ID -> "unknown-class-id";
            case BOX_OUTSIDE_IMAGE -> wholly ? "box-outside" : "box-partly-outside";
            case EMPTY_OR_SWAPPED_BOX -> wholly ? "box-no-area" : "box-swapped";
            case EMPTY_LABEL -> "empty-label";
            case NOT_A_BOX -> "not-a-box";
        };
        return new Finding(severity, code, w.file(), w.line(), boxNumber(w.message()), w.message());
    }

    private static int boxNumber(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^box (\\d+)").matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static List<Finding> boxFindings(DatasetItem item, ImageAnnotation annotation, ClassList classes) {
        List<Finding> findings = new ArrayList<>();
        Path file = item.annotationFile().orElse(item.image());
        List<Box> boxes = annotation.boxes();
        int[] repeats = NearDuplicates.firstRepeats(boxes, DUPLICATE_IOU);
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            if (classes.size() > 0 && classes.indexOf(box.label().strip()) < 0 && !box.label().startsWith("class_")) {
                findings.add(new Finding(Finding.Severity.ERROR, "unknown-label", file, 0, i + 1, "box " + (i + 1)
                        + " (" + dev.labelj.io.InputText.shown(box.label()) + ") is not in the class list"));
            }
            if (repeats[i] >= 0) {
                findings.add(new Finding(Finding.Severity.WARNING, "duplicate-box", file, 0, i + 1, "box " + (i + 1)
                        + " nearly repeats box " + (repeats[i] + 1) + " (same label, overlap above 90%)"));
            }
        }
        return findings;
    }

}
