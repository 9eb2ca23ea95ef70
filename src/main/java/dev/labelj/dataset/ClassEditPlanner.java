package dev.labelj.dataset;

import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.Formats;
import dev.labelj.model.ClassList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out a class edit over every annotation of a dataset folder, in every format found (an image annotated in
 * two formats gets both files changed), without writing anything: the result is the preview and, unchanged,
 * what {@link ClassEditRun} writes. Annotations are found as the other batch commands find them (next to the
 * images, YOLO in the sibling labels folder, or a label folder given).
 */
public final class ClassEditPlanner {
    private final ClassEdit edit;
    private final List<FileChange> changes = new ArrayList<>();
    private final List<ConvertReport.Failure> refused = new ArrayList<>();
    private final Set<Path> boxFiles = new HashSet<>();
    private int boxes;
    private int boxesAlreadyNamedTo;
    private Optional<String> blocked = Optional.empty();

    private ClassEditPlanner(ClassEdit edit) {
        this.edit = edit;
    }

    public static ClassEditPlan plan(Path root, Optional<Path> labelDir, ClassEdit edit) throws IOException {
        ClassEditPlanner planner = new ClassEditPlanner(edit);
        for (AnnotationFormat format : List.of(Formats.VOC, Formats.CREATE_ML)) {
            NamedClassEdits.plan(read(root, labelDir, format), format, planner);
        }
        YoloClassEdits.plan(read(root, labelDir, Formats.YOLO), planner);
        return planner.result();
    }

    private static DatasetReader.Dataset read(Path root, Optional<Path> labelDir, AnnotationFormat format)
            throws IOException {
        return DatasetReader.read(root, labelDir, Optional.of(format), ClassList.EMPTY);
    }

    ClassEdit edit() {
        return edit;
    }

    /** Boxes of {@code file} that change class, counted once per file even when a file holds many images. */
    void countBoxes(Path file, int count) {
        if (count > 0) {
            boxes += count;
            boxFiles.add(file.toAbsolutePath().normalize());
        }
    }

    void countBoxesNamedTo(int count) {
        boxesAlreadyNamedTo += count;
    }

    void change(FileChange change) {
        changes.add(change);
    }

    void refuse(Path file, String message) {
        refused.add(new ConvertReport.Failure(file, message));
    }

    void block(String why) {
        if (blocked.isEmpty()) {
            blocked = Optional.of(why);
        }
    }

    /** Items whose file could not be read: nobody can tell whether they hold the class, so they are named. */
    void refuseUnreadable(List<DatasetItem> items) {
        for (DatasetItem item : items) {
            if (item.readError().isPresent()) {
                refuse(item.annotationFile().orElse(item.image()), item.readError().get().getMessage()
                        + "; not checked for the class, left as it was");
            }
        }
    }

    /**
     * The annotated items whose file is their own. Where two images own one file ({@code a.jpg}, {@code a.png} and
     * {@code a.xml}; docs/adr/0051-stem-collisions.md) neither can tell which image the file describes, so the file
     * is named and left alone; CreateML files hold entries named by image and are exempt.
     */
    List<DatasetItem> annotatedOwnFiles(List<DatasetItem> items, AnnotationFormat format) {
        List<DatasetItem> annotated = items.stream()
                .filter(item -> item.annotation().isPresent() && item.annotationFile().isPresent()).toList();
        if (!format.oneImagePerFile()) {
            return annotated;
        }
        Map<Path, Path> fileOf = new java.util.HashMap<>();
        annotated.forEach(item -> fileOf.put(item.image(), item.annotationFile().orElseThrow()));
        Map<Path, List<Path>> shared = StemCollisions.find(annotated.stream().map(DatasetItem::image).toList(),
                fileOf::get);
        shared.forEach((file, images) -> refuse(file, StemCollisions.shared(file, images) + "; left as it was"));
        Set<Path> sharedFiles = new HashSet<>();
        shared.keySet().forEach(file -> sharedFiles.add(file.toAbsolutePath().normalize()));
        return annotated.stream().filter(item -> !sharedFiles.contains(
                item.annotationFile().orElseThrow().toAbsolutePath().normalize())).toList();
    }

    private ClassEditPlan result() {
        if (edit.kind() == ClassEdit.Kind.RENAME && boxesAlreadyNamedTo > 0) {
            block("'" + edit.to() + "' is already the class of " + boxesAlreadyNamedTo + " box(es): merge the classes"
                    + " instead of renaming");
        }
        return new ClassEditPlan(edit, changes, boxes, boxFiles.size(), refused, blocked);
    }
}
