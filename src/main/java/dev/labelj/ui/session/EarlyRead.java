package dev.labelj.ui.session;

import dev.labelj.image.DecodedImage;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The first image's annotation, read on the reader thread as soon as its pixels are decoded at start-up, while
 * the EDT is still building the window. Without it the read could start only when the EDT heard of the scan, and
 * its result came after the window's first paint, so the image needed a second one (docs/adr/0173). Used once, and
 * only when it was made for the same files, image and size as the window then wants; else the usual read follows.
 */
final class EarlyRead {
    private record Sized(ImageSize size, AnnotationOpener.Opened opened) {
    }

    private record Pending(SessionFiles files, Path image, CompletableFuture<Sized> read) {
    }

    private final Executor reader;
    private volatile Pending pending;

    EarlyRead(Executor reader) {
        this.reader = reader;
    }

    /** Any thread: reads {@code image}'s annotation once {@code decoded} has its size. */
    void start(SessionFiles files, StemSharing sharing, Path image, CompletableFuture<DecodedImage> decoded) {
        pending = new Pending(files, image, decoded.thenApplyAsync(pixels -> {
            ImageSize size = AnnotationOpener.sizeOf(pixels);
            return new Sized(size, AnnotationOpener.read(files, image, size, sharing));
        }, reader));
    }

    /** The early read if it is finished and made for these; it is gone after this call either way. */
    Optional<AnnotationOpener.Opened> take(SessionFiles files, Path image, ImageSize size) {
        Pending early = pending;
        pending = null;
        if (early == null || !early.files().equals(files) || !early.image().equals(image) || !early.read().isDone()
                || early.read().isCompletedExceptionally() || early.read().isCancelled()) {
            return Optional.empty();
        }
        Sized sized = early.read().join();
        return sized.size().equals(size) ? Optional.of(sized.opened()) : Optional.empty();
    }

    /** Something was written or is to be read again: an early read may be out of date. */
    void drop() {
        pending = null;
    }
}
