package dev.labelj.ui.browse;

import dev.labelj.image.ImageFolder;
import dev.labelj.ui.support.Tasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * Scans folders on a background thread and reports back on the EDT. A new scan cancels the one
 * still running, and only the newest scan's progress and result reach the caller.
 */
public final class FolderScanner {
    /** A finished scan; {@code changes} compares with the previous listing on a rescan. */
    public record Result(Path root, List<Path> images, ImageFolder.Changes changes, boolean isRescan) {
    }

    private final ExecutorService thread = Tasks.worker("scan");
    private final Consumer<Result> onDone;
    private final BiConsumer<Path, Integer> onProgress;
    private final BiConsumer<Path, String> onFailure;
    private final Consumer<Result> onDoneInBackground;
    private AtomicBoolean currentCancelled = new AtomicBoolean();

    public FolderScanner(Consumer<Result> onDone, BiConsumer<Path, Integer> onProgress, BiConsumer<Path, String> onFailure) {
        this(onDone, onProgress, onFailure, result -> { });
    }

    /** {@code onDoneInBackground} hears each result first, on the scan thread (it must be thread-safe). */
    public FolderScanner(Consumer<Result> onDone, BiConsumer<Path, Integer> onProgress, BiConsumer<Path, String> onFailure,
            Consumer<Result> onDoneInBackground) {
        this.onDoneInBackground = onDoneInBackground;
        this.onDone = onDone;
        this.onProgress = onProgress;
        this.onFailure = onFailure;
    }

    /** Call on the EDT. {@code previous} is the listing being refreshed, or null for a new folder. */
    public void scan(Path folderOrFile, List<Path> previous) {
        currentCancelled.set(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        currentCancelled = cancelled;
        thread.execute(() -> run(folderOrFile, previous, cancelled));
    }

    /** Call on the EDT: the scan under way, if any, reports nothing. */
    public void cancel() {
        currentCancelled.set(true);
    }

    private void run(Path folderOrFile, List<Path> previous, AtomicBoolean cancelled) {
        boolean folder = Files.isDirectory(folderOrFile);
        Path root = folder ? folderOrFile : folderOrFile.getParent();
        try {
            List<Path> found = folder
                    ? ImageFolder.scan(root, n -> later(cancelled, () -> onProgress.accept(root, n)), cancelled::get)
                    : List.of(folderOrFile);
            List<Path> before = previous == null ? List.of() : previous;
            Result result = new Result(root, found, ImageFolder.changes(before, found), previous != null);
            if (!cancelled.get()) {
                onDoneInBackground.accept(result);
            }
            later(cancelled, () -> onDone.accept(result));
        } catch (CancellationException e) {
            // a newer scan replaced this one
        } catch (RuntimeException e) {
            String reason = e.getCause() != null ? e.getCause().toString() : e.toString();
            later(cancelled, () -> onFailure.accept(root, reason));
        }
    }

    private static void later(AtomicBoolean cancelled, Runnable event) {
        SwingUtilities.invokeLater(() -> {
            if (!cancelled.get()) {
                event.run();
            }
        });
    }
}
