package dev.labelj.dataset;

import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.ImageRef;
import dev.labelj.io.ReadFiles;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A class edit in formats that store names (VOC, CreateML): each file is rewritten by the format's own writer
 * into a scratch copy, then read back; it goes into the plan only when the copy reads as exactly the old
 * annotations with the new names. A file the writer would change in any other way (coordinates with decimals a
 * VOC writer rounds) is left alone and named, so nothing is saved with less than it had.
 */
final class NamedClassEdits {
    private NamedClassEdits() {
    }

    static void plan(DatasetReader.Dataset dataset, AnnotationFormat format, ClassEditPlanner planner) {
        planner.refuseUnreadable(dataset.items());
        Map<Path, List<DatasetItem>> byFile = new LinkedHashMap<>();
        for (DatasetItem item : dataset.items()) {
            if (item.annotation().isPresent() && item.annotationFile().isPresent()) {
                byFile.computeIfAbsent(item.annotationFile().get(), f -> new java.util.ArrayList<>()).add(item);
                planner.countBoxesNamedTo(count(item, planner.edit().to()::equals));
            }
        }
        byFile.forEach((file, items) -> {
            int touched = items.stream().mapToInt(item -> count(item, planner.edit()::touches)).sum();
            if (touched > 0) {
                planner.countBoxes(file, touched);
                try {
                    byte[] before = ReadFiles.readAll(file);
                    planner.change(new FileChange(file, before, rewritten(format, file, items, planner.edit()), touched));
                } catch (AnnotationIoException e) {
                    planner.refuse(file, e.getMessage() + "; left as it was");
                } catch (IOException e) {
                    planner.refuse(file, file + ": cannot prepare the change (" + e.getMessage() + "); left as it was");
                }
            }
        });
    }

    private static int count(DatasetItem item, java.util.function.Predicate<String> label) {
        return (int) item.annotation().orElseThrow().boxes().stream().map(Box::label).filter(label).count();
    }

    private static byte[] rewritten(AnnotationFormat format, Path file, List<DatasetItem> items, ClassEdit edit)
            throws IOException, AnnotationIoException {
        Path scratch = Files.createTempDirectory("class-edit");
        try {
            Path copy = scratch.resolve(file.getFileName());
            Files.copy(file, copy);
            // only the images whose boxes change: a shared CreateML export is then read and written once
            format.writeAll(copy, items.stream().map(item -> item.annotation().orElseThrow())
                    .filter(a -> a.boxes().stream().anyMatch(b -> edit.touches(b.label())))
                    .map(a -> renamed(a, edit)).toList(), FormatOptions.DEFAULT);
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
            deleteTree(scratch);
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
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a scratch copy left in the temp folder is harmless; the plan is already made
        }
    }
}
