package dev.labelj.ui.panels;

import dev.labelj.image.AnnotationStatus;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.ImageRef;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds an image's annotation where the current save dir says it lives and tells the file list
 * whether it has none, has one, has a verified one, or has one that cannot be read. Reads a file:
 * call it off the EDT.
 */
public final class AnnotationStatusLookup {
    private final Supplier<Optional<Path>> saveDir;

    public AnnotationStatusLookup(Supplier<Optional<Path>> saveDir) {
        this.saveDir = saveDir;
    }

    public AnnotationStatus status(Path imageRoot, Path image) {
        AnnotationLocator locator = saveDir.get()
                .map(dir -> AnnotationLocator.inSaveDir(imageRoot, dir))
                .orElseGet(() -> AnnotationLocator.nextToImages(imageRoot));
        Optional<AnnotationLocator.Located> found = locator.find(image);
        if (found.isEmpty()) {
            return AnnotationStatus.NO_LABEL;
        }
        try {
            boolean verified = found.get().format()
                    .read(found.get().file(), ImageRef.withoutSize(image), FormatOptions.DEFAULT)
                    .annotation().verified();
            return verified ? AnnotationStatus.VERIFIED : AnnotationStatus.LABELLED;
        } catch (AnnotationIoException e) {
            return switch (e.kind()) {
                // a format that needs the image size to read boxes (YOLO) carries no verified flag either
                case MISSING_IMAGE_SIZE -> AnnotationStatus.LABELLED;
                // a shared file (one-file CreateML export) without an entry for this image
                case NO_ENTRY -> AnnotationStatus.NO_LABEL;
                default -> AnnotationStatus.UNREADABLE;
            };
        }
    }
}
