package dev.labelj.dataset;

import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AtomicFiles;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.ImageRef;
import dev.labelj.io.ReadFiles;
import dev.labelj.io.ScratchFolders;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A class edit in formats that store names (VOC, CreateML): each file is rewritten by the format's own writer
 * into a scratch copy, then read back; it goes into the plan only when the copy reads as exactly the old
 * annotations with the new names. A file the writer would change in any other way (coordinates with decimals a
 * VOC writer rounds) is left alone and named, so nothing is saved with less than it had.
 */
final class NamedClassEdits {
    /** A scratch copy is thrown away: forcing it to the disk would cost a disk flush per file for nothing. */
    private static final FormatOptions SCRATCH = FormatOptions.DEFAULT.withDurability(AtomicFiles.Durability.AT_THE_END);

    private NamedClassEdits() {
    }

    /** One file's outcome: its change, or why it is left alone. */
    private record Staged(Optional<FileChange> change, String refusal) {
    }

    static void plan(DatasetReader.Dataset dataset, AnnotationFormat format, ClassEditPlanner planner)
            throws IOException {
        planner.refuseUnreadable(dataset.items());
        Map<Path, List<DatasetItem>> byFile = new LinkedHashMap<>();
        for (DatasetItem item : planner.annotatedOwnFiles(dataset.items(), format)) {
            byFile.computeIfAbsent(item.annotationFile().get(), f -> new ArrayList<>()).add(item);
            planner.countBoxesNamedTo(count(item, planner.edit().to()::equals));
        }
        List<Map.Entry<Path, List<DatasetItem>>> touched = byFile.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(item -> count(item, planner.edit()::touches) > 0)).toList();
        if (touched.isEmpty()) {
            return;
        }
        Path scratch = Files.createTempDirectory("class-edit");
        try {
            AtomicInteger number = new AtomicInteger();
            // files are staged on a few threads, the plan still lists them in the folder's order
            OrderedWork.run(touched, e -> stage(format, e.getKey(), e.getValue(), planner.edit(),
                    scratch.resolve(number.incrementAndGet() + "-" + e.getKey().getFileName())), (i, e, staged) -> {
                        planner.countBoxes(e.getKey(), staged.change().map(FileChange::boxes)
                                .orElseGet(() -> e.getValue().stream().mapToInt(it -> count(it, planner.edit()::touches)).sum()));
                        staged.change().ifPresentOrElse(planner::change, () -> planner.refuse(e.getKey(), staged.refusal()));
                    });
        } finally {
            deleteTree(scratch);
        }
    }

    private static Staged stage(AnnotationFormat format, Path file, List<DatasetItem> items, ClassEdit edit, Path copy) {
        int boxes = items.stream().mapToInt(item -> count(item, edit::touches)).sum();
        try {
            byte[] before = ReadFiles.readAll(file);
            return new Staged(Optional.of(new FileChange(file, before, rewritten(format, file, before, items, edit, copy),
                    boxes)), "");
        } catch (AnnotationIoException e) {
            return new Staged(Optional.empty(), e.getMessage() + "; left as it was");
        } catch (IOException e) {
            return new Staged(Optional.empty(), file + ": cannot prepare the change (" + e.getMessage()
                    + "); left as it was");
        }
    }

    private static int count(DatasetItem item, java.util.function.Predicate<String> label) {
        return (int) item.annotation().orElseThrow().boxes().stream().map(Box::label).filter(label).count();
    }

    private static byte[] rewritten(AnnotationFormat format, Path file, byte[] before, List<DatasetItem> items,
                                    ClassEdit edit, Path copy) throws IOException, AnnotationIoException {
        try {
            Files.write(copy, before);
            // only the images whose boxes change: a shared CreateML export is then read and written once
            format.writeAll(copy, items.stream().map(item -> item.annotation().orElseThrow())
                    .filter(a -> a.boxes().stream().anyMatch(b -> edit.touches(b.label())))
                    .map(a -> renamed(a, edit)).toList(), SCRATCH);
            for (DatasetItem item : items) {
                ImageAnnotation expected = renamed(item.annotation().orElseThrow(), edit);
                ImageRef ref = item.size().map(s -> ImageRef.of(item.image(), s))
                        .orElseGet(() -> ImageRef.withoutSize(item.image()));
                if (!keepsEverything(format.read(copy, ref, FormatOptions.DEFAULT).annotation(), expected)) {
                    throw AnnotationIoException.of(file, AnnotationIoException.Kind.WRITE_FAILED, "saving it with the"
                            + " new class name would change more than names (values the " + format.displayName()
                            + " writer rounds or drops)", null);
                }
            }
            return Files.readAllBytes(copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * Whether the written file reads back as the expected annotation: the same boxes, size and verified mark, and
     * every element the old file had; elements the writer adds (labelImg's {@code source}, {@code segmented}) are
     * no loss.
     */
    private static boolean keepsEverything(ImageAnnotation written, ImageAnnotation expected) {
        return written.boxes().equals(expected.boxes()) && written.size().equals(expected.size())
                && written.verified() == expected.verified() && written.extras().containsAll(expected.extras());
    }

    private static ImageAnnotation renamed(ImageAnnotation annotation, ClassEdit edit) {
        return annotation.withBoxes(annotation.boxes().stream().map(b -> b.withLabel(edit.renamed(b.label()))).toList());
    }

    private static void deleteTree(Path folder) {
        try {
            ScratchFolders.delete(folder);
        } catch (IOException e) {
            // a scratch copy left in the temp folder is harmless; the plan is already made
        }
    }
}
