package dev.labelj.dataset;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AtomicFiles;
import dev.labelj.io.ReadFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes back the newest class edit of a dataset folder from its backup. All or nothing: when any file it wrote
 * has changed since (a save in the window, another tool), nothing is restored and those files are named, so an
 * undo never throws away later work nor leaves the dataset half old, half new.
 */
public final class ClassEditUndo {
    private ClassEditUndo() {
    }

    /** The description of the edit an undo would take back ({@code rename 'a' -> 'b'}), if there is one. */
    public static Optional<String> latest(Path root) throws IOException {
        Optional<Path> latest = ClassEditBackups.latest(root);
        return latest.isPresent() ? Optional.of(ClassEditBackups.description(latest.get())) : Optional.empty();
    }

    public static ClassEditResult undoLatest(Path root) throws IOException, AnnotationIoException {
        Path folder = ClassEditBackups.latest(root).orElseThrow(() -> new IOException(
                root + ": no class edit to undo"));
        List<ClassEditBackups.Entry> entries = ClassEditBackups.entries(folder);
        List<ClassEditBackups.Entry> toRestore = new ArrayList<>();
        List<ConvertReport.Failure> changed = new ArrayList<>();
        for (ClassEditBackups.Entry entry : entries) {
            String now = currentSum(entry.file());
            if (now.equals(entry.afterSum())) {
                toRestore.add(entry);
            } else if (!now.equals(entry.beforeSum())) {
                // still as before means the edit never got to write it (skipped, or a run killed midway)
                changed.add(new ConvertReport.Failure(entry.file(), entry.file()
                        + ": changed since the class edit; nothing was undone (its old copy is " + folder
                        .resolve(entry.number() + ".bak") + ")"));
            }
        }
        if (!changed.isEmpty()) {
            return new ClassEditResult(0, changed, Optional.empty());
        }
        List<byte[]> copies = new ArrayList<>();
        for (ClassEditBackups.Entry entry : toRestore) {
            Path copy = folder.resolve(entry.number() + ".bak");
            byte[] old = ReadFiles.readAll(copy);
            if (!ClassEditBackups.sum(old).equals(entry.beforeSum())) {
                throw new IOException(copy + ": the backup copy is damaged; nothing was undone");
            }
            copies.add(old);
        }
        for (int i = 0; i < toRestore.size(); i++) {
            AtomicFiles.write(toRestore.get(i).file(), copies.get(i));
        }
        AtomicFiles.write(folder.resolve(ClassEditBackups.UNDONE), new byte[0]);
        return new ClassEditResult(toRestore.size(), List.of(), Optional.empty());
    }

    private static String currentSum(Path file) {
        try {
            return ClassEditBackups.sum(ReadFiles.readAll(file));
        } catch (AnnotationIoException e) {
            return "missing";
        }
    }
}
