package dev.labelj.ui.session;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationWarning;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.ui.support.Tasks;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Writes annotation snapshots on one background thread, in the order they were asked for, so the EDT never
 * waits for the disk and two saves of one image never race. Results come back on the EDT.
 */
final class AnnotationSaver {
    /** A finished save: the snapshot now on disk, where, and what the user should know. */
    record Saved(ImageAnnotation written, Path file, List<AnnotationWarning> warnings) {
    }

    private final ExecutorService writer = Tasks.worker("annotation-save");

    void save(SessionFiles files, ImageAnnotation snapshot, Consumer<Saved> onSaved,
            Consumer<Throwable> onFailed) {
        Tasks.submit(writer, () -> {
            var store = files.store();
            List<AnnotationWarning> warnings = store.write(snapshot);
            return new Saved(snapshot, store.target(snapshot.imageFile()), warnings);
        }, onSaved, onFailed);
    }

    /** The file a failure names, for the message. */
    static String describe(Throwable error) {
        return error instanceof AnnotationIoException e ? e.getMessage() : String.valueOf(error);
    }
}
