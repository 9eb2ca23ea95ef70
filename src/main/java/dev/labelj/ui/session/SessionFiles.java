package dev.labelj.ui.session;

import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.ClassListFile;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.model.ClassList;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the open folder's annotations are read from and written to: an immutable value the EDT replaces when
 * the folder, save dir, format or class file changes, and worker threads turn into an {@link AnnotationStore}.
 */
public record SessionFiles(Path imageRoot, Optional<Path> saveDir, String format, Optional<Path> classFile) {
    static SessionFiles of(Path imageRoot, LaunchPlan plan) {
        return new SessionFiles(imageRoot, plan.saveDir(), plan.format(), plan.classFile());
    }

    /** Reads the class file (small): call off the EDT. An unreadable class file gives no predefined classes. */
    public AnnotationStore store() {
        ClassList predefined = ClassList.EMPTY;
        if (classFile.isPresent()) {
            try {
                predefined = ClassListFile.read(classFile.get());
            } catch (AnnotationIoException e) {
                predefined = ClassList.EMPTY;
            }
        }
        return new AnnotationStore(new AnnotationLocator(imageRoot, saveDir), saveFormat(),
                new FormatOptions(predefined));
    }

    /** The format saves write. */
    public AnnotationFormat saveFormat() {
        return Formats.byId(format).orElse(Formats.VOC);
    }
}
