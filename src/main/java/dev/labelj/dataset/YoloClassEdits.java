package dev.labelj.dataset;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.ClassListFile;
import dev.labelj.io.Formats;
import dev.labelj.io.ReadFiles;
import dev.labelj.io.yolo.YoloFormat;
import dev.labelj.model.Box;
import dev.labelj.model.ClassList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A class edit in YOLO, where ids never move (docs/adr/0150-class-edits-across-a-dataset.md): a rename changes
 * only the name's line in classes.txt; a merge rewrites the class id of the merged classes' lines to the
 * target's id (appending the target to classes.txt when it is new) and leaves every other id and every other
 * byte as it was. Label files are grouped by the classes.txt their reader takes names from.
 */
final class YoloClassEdits {
    private YoloClassEdits() {
    }

    static void plan(DatasetReader.Dataset dataset, ClassEditPlanner planner) {
        planner.refuseUnreadable(dataset.items());
        Map<Optional<Path>, List<DatasetItem>> byList = new LinkedHashMap<>();
        for (DatasetItem item : planner.annotatedOwnFiles(dataset.items(), Formats.YOLO)) {
            byList.computeIfAbsent(YoloFormat.classesTxtFor(item.annotationFile().get()), f -> new ArrayList<>())
                    .add(item);
        }
        byList.forEach((classesTxt, items) -> planGroup(classesTxt, items, planner));
    }

    private static void planGroup(Optional<Path> classesTxt, List<DatasetItem> items, ClassEditPlanner planner) {
        ClassEdit edit = planner.edit();
        List<DatasetItem> touched = items.stream().filter(item -> count(item, edit::touches) > 0).toList();
        if (classesTxt.isEmpty()) {
            touched.forEach(item -> planner.refuse(file(item), file(item) + ": its class names come from no"
                    + " classes.txt (obj.names, data.yaml or the predefined classes): change the name there; left as"
                    + " it was"));
            return;
        }
        try {
            byte[] before = ReadFiles.readAll(classesTxt.get());
            ClassList names = ClassListFile.read(classesTxt.get());
            Set<Integer> sourceIds = idsOf(names, edit.from());
            if (sourceIds.isEmpty()) {
                return;
            }
            touched.forEach(item -> planner.countBoxes(file(item), count(item, edit::touches)));
            if (edit.kind() == ClassEdit.Kind.RENAME) {
                rename(classesTxt.get(), before, names, sourceIds, planner);
            } else {
                merge(classesTxt.get(), before, names, sourceIds, touched, planner);
            }
        } catch (AnnotationIoException e) {
            planner.refuse(classesTxt.get(), e.getMessage() + "; its labels were left as they were");
        }
    }

    private static void rename(Path classesTxt, byte[] before, ClassList names, Set<Integer> ids,
                               ClassEditPlanner planner) throws AnnotationIoException {
        String to = planner.edit().to();
        if (names.indexOf(to) >= 0) {
            planner.block(classesTxt + ": '" + to + "' is already class " + names.indexOf(to)
                    + ": merge the classes instead of renaming");
            return;
        }
        List<TextLines.Line> lines = TextLines.split(ClassListFile.decode(classesTxt, before));
        for (int id : ids) {
            // a byte-order mark stays in front of the first name
            String bom = id == 0 && lines.get(0).text().startsWith("\uFEFF") ? "\uFEFF" : "";
            lines.set(id, lines.get(id).withText(bom + to));
        }
        planner.change(new FileChange(classesTxt, before, utf8(TextLines.join(lines)), 0));
    }

    private static void merge(Path classesTxt, byte[] before, ClassList names, Set<Integer> sourceIds,
                              List<DatasetItem> touched, ClassEditPlanner planner) throws AnnotationIoException {
        int targetId = names.indexOf(planner.edit().to());
        if (targetId < 0) {
            targetId = names.size();
            planner.change(new FileChange(classesTxt, before, utf8(appended(classesTxt, before, planner.edit().to())), 0));
        }
        for (DatasetItem item : touched) {
            try {
                byte[] old = ReadFiles.readAll(file(item));
                YoloIdLines.Result result = YoloIdLines.replace(file(item), old, sourceIds, targetId);
                int expected = count(item, planner.edit()::touches);
                if (result.replaced() != expected) {
                    // the file changed since it was read, or names repeat in classes.txt: do not guess
                    planner.refuse(file(item), file(item) + ": " + result.replaced() + " line(s) carry the merged ids"
                            + " but " + expected + " box(es) were read with those names; left as it was");
                } else {
                    planner.change(new FileChange(file(item), old, result.bytes(), expected));
                }
            } catch (AnnotationIoException e) {
                planner.refuse(file(item), e.getMessage() + "; left as it was");
            }
        }
    }

    /** classes.txt with one more name at the end, in the file's own line-ending style; the old bytes stay. */
    private static String appended(Path classesTxt, byte[] before, String name) throws AnnotationIoException {
        String text = ClassListFile.decode(classesTxt, before);
        List<TextLines.Line> lines = new ArrayList<>(TextLines.split(text));
        // trailing blank lines are not classes: the new name takes the id after the last real one
        while (lines.size() > 1 && lines.get(lines.size() - 1).text().isBlank()) {
            lines.remove(lines.size() - 1);
        }
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        TextLines.Line last = lines.remove(lines.size() - 1);
        boolean empty = lines.isEmpty() && last.text().isBlank();
        String start = empty ? "" : TextLines.join(lines) + last.text() + newline;
        return start + name + newline;
    }

    private static Set<Integer> idsOf(ClassList names, List<String> wanted) {
        Set<Integer> ids = new TreeSet<>();
        for (int id = 0; id < names.size(); id++) {
            if (wanted.contains(names.names().get(id))) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Path file(DatasetItem item) {
        return item.annotationFile().orElseThrow();
    }

    private static int count(DatasetItem item, java.util.function.Predicate<String> label) {
        return (int) item.annotation().orElseThrow().boxes().stream().map(Box::label).filter(label).count();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
