package dev.labelj.dataset;

import java.util.List;
import java.util.Optional;

/**
 * What a class edit would do, found before anything is written: the files to rewrite with their new bytes,
 * the boxes that change class and the files they are in, and the files left alone with the reason.
 *
 * @param boxes the boxes whose class changes
 * @param boxFiles the annotation files holding them (a YOLO rename changes them through classes.txt alone)
 * @param blocked why the edit cannot be done at all (a rename to a name already in use), when it cannot
 */
public record ClassEditPlan(ClassEdit edit, List<FileChange> changes, int boxes, int boxFiles,
                            List<ConvertReport.Failure> refused, Optional<String> blocked) {
    public ClassEditPlan {
        changes = List.copyOf(changes);
        refused = List.copyOf(refused);
    }

    /** The preview line: {@code 312 boxes in 120 files; 121 files to write, 2 left alone}. */
    public String summary() {
        if (blocked.isPresent()) {
            return blocked.get();
        }
        String text = boxes + (boxes == 1 ? " box" : " boxes") + " in " + boxFiles + (boxFiles == 1 ? " file" : " files")
                + "; " + changes.size() + (changes.size() == 1 ? " file" : " files") + " to write";
        return refused.isEmpty() ? text : text + ", " + refused.size() + " left alone";
    }

    /** The class lists (YOLO classes.txt) the edit rewrites: named in the preview, as one may sit above the labels. */
    public List<java.nio.file.Path> classLists() {
        return changes.stream().filter(c -> c.boxes() == 0).map(FileChange::file).toList();
    }

    public boolean canRun() {
        return blocked.isEmpty() && !changes.isEmpty();
    }
}
