package dev.labelj.image;

import dev.labelj.model.AnnotationStatus;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Per-image annotation status, computed only when first asked for and then remembered, so a file
 * list of 100,000 images reads only the annotations of the rows it shows. Where annotations live is
 * the caller's knowledge: it passes the lookup in. Safe to use from several threads.
 */
public final class ImageStatuses {
    private final Function<Path, AnnotationStatus> lookup;
    private final Map<Path, AnnotationStatus> known = new ConcurrentHashMap<>();

    public ImageStatuses(Function<Path, AnnotationStatus> lookup) {
        this.lookup = lookup;
    }

    /** The status of {@code image}, looked up on first use (call off the EDT: it may read a file). */
    public AnnotationStatus status(Path image) {
        return known.computeIfAbsent(image, lookup);
    }

    /** The status if it was already looked up; never reads anything. */
    public Optional<AnnotationStatus> ifKnown(Path image) {
        return Optional.ofNullable(known.get(image));
    }

    /** Forget one image's status, e.g. after its annotation was saved or deleted. */
    public void invalidate(Path image) {
        known.remove(image);
    }

    /** Forget everything, e.g. after a rescan or when the save folder changes. */
    public void invalidateAll() {
        known.clear();
    }
}
