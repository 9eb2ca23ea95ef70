package dev.labelj.ui.session;

import dev.labelj.image.DecodedImage;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.browse.FirstImageGate;
import dev.labelj.ui.support.StartupTrace;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Starts the save thread's warm-up (docs/adr/0170) once, a moment after the first image reached the window
 * (shown, or shown as broken): not before, so it never competes with the start for the two cores a laptop may
 * have, and long before a first Ctrl+S can follow.
 */
final class FirstImageWarmup implements BrowseListener {
    private final FirstImageGate firstImage = new FirstImageGate();
    private final CompletableFuture<Integer> done = new CompletableFuture<>();

    FirstImageWarmup(Supplier<CompletableFuture<Integer>> warmUp) {
        firstImage.whenOpen(() -> warmUp.get().whenComplete((formats, error) -> {
            if (error != null) {
                done.completeExceptionally(error);
            } else {
                StartupTrace.mark("save thread warm");
                done.complete(formats);
            }
        }));
    }

    @Override
    public void imageShown(int index, DecodedImage image) {
        firstImage.imageShown(index, image);
    }

    @Override
    public void imageFailed(int index, Path image, String message) {
        firstImage.imageFailed(index, image, message);
    }

    /** Completes with the number of formats warmed (exceptionally when the warm-up failed; saves still work). */
    CompletableFuture<Integer> done() {
        return done;
    }
}
