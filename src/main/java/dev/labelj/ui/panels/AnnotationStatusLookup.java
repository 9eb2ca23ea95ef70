package dev.labelj.ui.panels;

import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.model.AnnotationStatus;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tells the file list whether an image has no annotation, one, a verified one, or one that cannot be
 * read, where the current save dir says it lives; the knowledge is {@link AnnotationStore#status}'s.
 * Reads a file: call it off the EDT.
 */
public final class AnnotationStatusLookup {
    private final Supplier<Optional<Path>> saveDir;

    public AnnotationStatusLookup(Supplier<Optional<Path>> saveDir) {
        this.saveDir = saveDir;
    }

    public AnnotationStatus status(Path imageRoot, Path image) {
        AnnotationLocator locator = new AnnotationLocator(imageRoot, saveDir.get());
        // only the lookup is used, so the save format does not matter here
        return new AnnotationStore(locator, Formats.VOC, FormatOptions.DEFAULT).status(image).status();
    }
}
