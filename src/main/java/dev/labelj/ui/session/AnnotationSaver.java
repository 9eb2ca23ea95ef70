package dev.labelj.ui.session;

import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.AnnotationWarning;
import dev.labelj.io.DiskState;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.ui.support.Tasks;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Writes annotation snapshots on one background thread, in the order they were asked for, so the EDT never
 * waits for the disk and two saves of one image never race. Each save writes only over what the window read
 * (docs/adr/0130-changed-on-disk.md). Results come back on the EDT.
 */
final class AnnotationSaver {
    /** A finished save: the snapshot now on disk, where, what the user should know, and the files after it. */
    record Saved(ImageAnnotation written, Path file, List<AnnotationWarning> warnings, DiskState after) {
    }

    private final ExecutorService writer = Tasks.worker("annotation-save");

    /**
     * Saves {@code snapshot} if its files are as {@code seen} records; with no record (the user chose to overwrite
     * what changed), over whatever is there now.
     */
    void save(SessionFiles files, ImageAnnotation snapshot, Optional<DiskState> seen, Consumer<Saved> onSaved,
            Consumer<Throwable> onFailed) {
        Tasks.submit(writer, () -> {
            AnnotationStore store = files.store();
            DiskState expected = seen.isPresent() ? seen.get() : store.look(snapshot.imageFile());
            ProposalMarks.save(store, snapshot);
            AnnotationStore.Written written = store.writeChecked(snapshot, expected);
            return new Saved(snapshot, written.file(), written.warnings(), written.after());
        }, onSaved, onFailed);
    }

    /**
     * Pays the first save's one-time costs on the save thread (docs/adr/0170, 0185), so a save asked for meanwhile
     * simply follows it; completes with the number of formats warmed, or exceptionally (nothing else happens).
     */
    CompletableFuture<Integer> warmUp(AnnotationFormat saveFormat) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        writer.execute(() -> {
            try {
                done.complete(SaveWarmup.run(saveFormat));
            } catch (Exception | LinkageError e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Whether a save failed only because a file changed on disk since it was read. */
    static boolean changedOnDisk(Throwable error) {
        return error instanceof AnnotationIoException e && e.kind() == AnnotationIoException.Kind.CHANGED_ON_DISK;
    }

    /** The file a failure names, for the message. */
    static String describe(Throwable error) {
        return error instanceof AnnotationIoException e ? e.getMessage() : String.valueOf(error);
    }
}
