package dev.labelj.ui.session;

import dev.labelj.image.DecodedImage;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.support.StartupTrace;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.swing.Timer;

/**
 * Starts the save thread's warm-up (docs/adr/0170) once, a moment after the first image reached the window
 * (shown, or shown as broken): not before, so it never competes with the start for the two cores a laptop may
 * have, and long before a first Ctrl+S can follow.
 */
final class FirstImageWarmup implements BrowseListener {
    /** After the first image's paint and the X server's copy of it (10-20 ms on two cores). */
    static final int DELAY_MS = 250;

    private final Supplier<CompletableFuture<Integer>> warmUp;
    private final CompletableFuture<Integer> done = new CompletableFuture<>();
    private boolean started;

    FirstImageWarmup(Supplier<CompletableFuture<Integer>> warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public void imageShown(int index, DecodedImage image) {
        startOnce();
    }

    @Override
    public void imageFailed(int index, Path image, String message) {
        startOnce();
    }

    /** Completes with the number of formats warmed (exceptionally when the warm-up failed; saves still work). */
    CompletableFuture<Integer> done() {
        return done;
    }

    private void startOnce() {
        if (started) {
            return;
        }
        started = true;
        Timer timer = new Timer(DELAY_MS, e -> warmUp.get().whenComplete((formats, error) -> {
            if (error != null) {
                done.completeExceptionally(error);
            } else {
                StartupTrace.mark("save thread warm");
                done.complete(formats);
            }
        }));
        timer.setRepeats(false);
        timer.start();
    }
}
