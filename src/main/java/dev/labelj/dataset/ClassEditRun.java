package dev.labelj.dataset;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AtomicFiles;
import dev.labelj.io.ReadFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes a class edit planned by {@link ClassEditPlanner}: first a copy of every file it will change and the
 * record of the edit, then each file atomically, and only while it still holds the bytes the preview read (a
 * file saved in the meantime is named and left alone). Killed at any moment, every file is whole and the record
 * lets {@link ClassEditUndo} take back what was written.
 */
public final class ClassEditRun {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private ClassEditRun() {
    }

    public static ClassEditResult run(Path root, ClassEditPlan plan) throws AnnotationIoException {
        return run(root, plan, Clock.systemUTC(), ConvertProgress.NONE);
    }

    public static ClassEditResult run(Path root, ClassEditPlan plan, Clock clock, ConvertProgress progress)
            throws AnnotationIoException {
        if (plan.blocked().isPresent()) {
            throw new IllegalArgumentException(plan.blocked().get());
        }
        if (plan.changes().isEmpty()) {
            return new ClassEditResult(0, List.of(), Optional.empty());
        }
        Path folder = ClassEditBackups.folder(root).resolve(STAMP.format(clock.instant()));
        List<ClassEditBackups.Entry> entries = new ArrayList<>();
        for (int i = 0; i < plan.changes().size(); i++) {
            FileChange change = plan.changes().get(i);
            AtomicFiles.write(folder.resolve(i + ".bak"), change.before());
            entries.add(new ClassEditBackups.Entry(i, ClassEditBackups.sum(change.before()),
                    ClassEditBackups.sum(change.after()), change.file().toAbsolutePath().normalize()));
        }
        AtomicFiles.write(folder.resolve(ClassEditBackups.RECORD), ClassEditBackups.record(plan.edit().describe(),
                entries).getBytes(StandardCharsets.UTF_8));
        return writeAll(plan.changes(), folder, progress);
    }

    private static ClassEditResult writeAll(List<FileChange> changes, Path folder, ConvertProgress progress) {
        int written = 0;
        List<ConvertReport.Failure> skipped = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            FileChange change = changes.get(i);
            try {
                if (Arrays.equals(ReadFiles.readAll(change.file()), change.before())) {
                    AtomicFiles.write(change.file(), change.after());
                    written++;
                } else {
                    skipped.add(new ConvertReport.Failure(change.file(), change.file()
                            + ": changed since the preview; left as it is"));
                }
            } catch (AnnotationIoException e) {
                skipped.add(new ConvertReport.Failure(change.file(), e.getMessage()));
            }
            progress.imageDone(i + 1, changes.size(), change.file());
        }
        return new ClassEditResult(written, skipped, Optional.of(folder));
    }
}
