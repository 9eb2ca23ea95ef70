package dev.labelj.io;

import dev.labelj.model.ClassList;
import dev.labelj.model.ImageAnnotation;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One annotation file format. Every format-specific decision (file name, rounding, layout) lives in an
 * implementation; the rest of LabelJ only talks to this interface and finds formats in {@link Formats}.
 */
public interface AnnotationFormat {
    /** The short name used on the command line and in settings: {@code voc}, {@code yolo}, {@code createml}. */
    String id();

    /** The name shown in the format toggle, as labelImg shows it. */
    String displayName();

    /** The annotation file extension without the dot. */
    String extension();

    /**
     * Whether, with no save dir, an image under {@code .../images/...} keeps its annotation under the
     * sibling {@code .../labels/...} (the layout YOLOv5 trains from).
     */
    default boolean usesLabelsFolder() {
        return false;
    }

    /**
     * Whether each annotation file holds one image, so two images with one stem ({@code a.jpg}, {@code a.png})
     * cannot both be written. CreateML files are arrays of entries named by image, so they can.
     */
    default boolean oneImagePerFile() {
        return true;
    }

    /**
     * A file in {@code folder} holding the annotations of many images (the one-file CreateML export of
     * Roboflow and Apple's tools), read when an image has no file of its own. Empty for other formats.
     */
    default Optional<Path> sharedFile(Path folder) {
        return Optional.empty();
    }

    /**
     * Prepares a folder that is about to receive annotations of many images (a batch conversion), so
     * that dataset-wide files live inside it: YOLO creates its classes.txt there, unless one exists,
     * started with the predefined classes or, without them, with the names a reader finds around the
     * folder (a classes.txt or data.yaml up to two folders above), so ids agree with the dataset's. Returns the options to write that dataset's files with
     * (for YOLO: that classes.txt, however deep a label file is). Formats without such files return
     * {@code options} as they are.
     */
    default FormatOptions startDataset(Path labelRoot, FormatOptions options) throws AnnotationIoException {
        return options;
    }

    /**
     * The class list whose positions are the class ids in files of this format under {@code labelRoot} (YOLO:
     * the classes.txt, or other class file, a reader of that folder uses), or empty for formats that store
     * names. A conversion from such a source starts its output with this list, so ids keep their numbers.
     */
    default Optional<ClassList> idClasses(Path labelRoot, FormatOptions options) throws AnnotationIoException {
        return Optional.empty();
    }

    /**
     * Reads the annotation of {@code image} from {@code file}, exactly as written (nothing clamped).
     *
     * @throws AnnotationIoException naming the file and line/element when the file is missing or malformed
     */
    AnnotationRead read(Path file, ImageRef image, FormatOptions options) throws AnnotationIoException;

    /**
     * Writes {@code annotation} to {@code file} atomically; a failure leaves the old file as it was.
     * Returns what the user should know (e.g. a box outside the image).
     */
    java.util.List<AnnotationWarning> write(Path file, ImageAnnotation annotation, FormatOptions options)
            throws AnnotationIoException;

    /**
     * Writes the annotations of several images into {@code file} (one image per file: only one of them). Formats
     * whose one file holds many images override it to read and write the file once, not once per image.
     */
    default void writeAll(Path file, java.util.List<ImageAnnotation> annotations, FormatOptions options)
            throws AnnotationIoException {
        for (ImageAnnotation annotation : annotations) {
            write(file, annotation, options);
        }
    }
}
