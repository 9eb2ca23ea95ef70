package dev.labelj.io;

import dev.labelj.model.AnnotationStatus;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one door through which the window and the batch tools read, write and check an image's annotation:
 * where files live (the locator, docs/adr/0012), which format a save writes, and the options the formats
 * need (the predefined classes; which classes.txt a YOLO label shares). Holding these together means the
 * file list's marks, the boxes shown and the file a save writes can never disagree about the place.
 *
 * <p>Reading looks in every format, in labelImg's order, so a folder labelled in VOC opens with its boxes
 * even when the save format is YOLO. Every method touches the disk: call them off the EDT.
 */
public record AnnotationStore(AnnotationLocator locator, AnnotationFormat saveFormat, FormatOptions options) {
    public AnnotationStore {
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(saveFormat, "saveFormat");
        Objects.requireNonNull(options, "options");
    }

    public AnnotationStore withSaveFormat(AnnotationFormat newFormat) {
        return new AnnotationStore(locator, newFormat, options);
    }

    public AnnotationStore withSaveDir(Optional<Path> newSaveDir) {
        return new AnnotationStore(new AnnotationLocator(locator.imageRoot(), newSaveDir), saveFormat, options);
    }

    public AnnotationStore withOptions(FormatOptions newOptions) {
        return new AnnotationStore(locator, saveFormat, newOptions);
    }

    /**
     * The existing annotation of {@code image}, in whatever format is on disk, exactly as written.
     *
     * @return empty when the image has none (a shared CreateML file without an entry for it counts as none)
     * @throws AnnotationIoException naming the file when it exists but cannot be read
     */
    public Optional<StoredAnnotation> read(Path image, ImageSize realSize) throws AnnotationIoException {
        Optional<AnnotationLocator.Located> found = locator.find(image);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AnnotationFormat format = found.get().format();
        Path file = found.get().file();
        try {
            AnnotationRead read = format.read(file, ImageRef.of(image, realSize), optionsFor(format, file));
            return Optional.of(new StoredAnnotation(format, file, read));
        } catch (AnnotationIoException e) {
            if (e.kind() == AnnotationIoException.Kind.NO_ENTRY) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Writes {@code annotation} in the save format to {@link #target}, atomically (a failure leaves the old
     * file intact). Zero boxes write a valid empty annotation: a negative image. For YOLO, new label names
     * are appended to the dataset's classes.txt; ids of names already there never move.
     */
    public List<AnnotationWarning> write(ImageAnnotation annotation) throws AnnotationIoException {
        Path file = target(annotation.imageFile());
        return saveFormat.write(file, annotation, optionsFor(saveFormat, file));
    }

    /**
     * Save As: writes {@code annotation} to {@code file} in {@code format}, atomically, with the options a save
     * there would use (for YOLO, the classes.txt beside it); the store's own target is untouched.
     */
    public List<AnnotationWarning> writeTo(Path file, AnnotationFormat format, ImageAnnotation annotation)
            throws AnnotationIoException {
        return format.write(file, annotation, optionsFor(format, file));
    }

    /** Where a save of {@code image} goes. */
    public Path target(Path image) {
        return locator.locate(image, saveFormat);
    }

    /** The file list's mark for {@code image}, and for an unreadable file the reader's message. */
    public AnnotationState status(Path image) {
        Optional<AnnotationLocator.Located> found = locator.find(image);
        if (found.isEmpty()) {
            return AnnotationState.of(AnnotationStatus.NO_LABEL);
        }
        AnnotationFormat format = found.get().format();
        Path file = found.get().file();
        try {
            boolean verified = format.read(file, ImageRef.withoutSize(image), optionsFor(format, file))
                    .annotation().verified();
            return AnnotationState.of(verified ? AnnotationStatus.VERIFIED : AnnotationStatus.LABELLED);
        } catch (AnnotationIoException e) {
            return switch (e.kind()) {
                // a format that needs the image size to read boxes (YOLO) carries no verified flag either
                case MISSING_IMAGE_SIZE -> AnnotationState.of(AnnotationStatus.LABELLED);
                // a shared file (one-file CreateML export) without an entry for this image
                case NO_ENTRY -> AnnotationState.of(AnnotationStatus.NO_LABEL);
                default -> new AnnotationState(AnnotationStatus.UNREADABLE, Optional.of(e.getMessage()));
            };
        }
    }

    /**
     * The names the label dialog offers for {@code image}: the dataset's classes.txt (in id order) where a YOLO
     * save of it would look, then the predefined classes it does not list yet.
     */
    public ClassList knownClasses(Path image) throws AnnotationIoException {
        Path labelFile = locator.locate(image, Formats.YOLO);
        Path folder = labelFile.toAbsolutePath().normalize().getParent();
        Optional<Path> classesTxt = YoloClassFile.existing(folder, labelRoot(Formats.YOLO));
        ClassList fromFile = classesTxt.isPresent() ? ClassListFile.read(classesTxt.get()) : ClassList.EMPTY;
        return fromFile.plusAll(options.fallbackClasses().names());
    }

    private FormatOptions optionsFor(AnnotationFormat format, Path file) {
        if (!format.id().equals(Formats.YOLO.id())) {
            return options;
        }
        return YoloClassFile.optionsFor(file, labelRoot(format), options);
    }

    /** The folder that receives the annotations of images lying directly in the image root. */
    private Path labelRoot(AnnotationFormat format) {
        return locator.locate(locator.imageRoot().resolve("image"), format).toAbsolutePath().normalize()
                .getParent();
    }
}
