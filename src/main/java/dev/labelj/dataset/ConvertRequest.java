package dev.labelj.dataset;

import dev.labelj.io.AnnotationFormat;
import dev.labelj.model.ClassList;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A batch conversion: every image under {@code imageDir} whose annotation exists in {@code from} (found in
 * {@code labelDir}, or next to the image when empty) is written in {@code to} under {@code outDir}, at the
 * image's path relative to {@code imageDir}.
 *
 * @param from the format annotations are read in; empty: each image's own, in whichever format it has one
 *             (Tools → Export, where a session may have saved some images as VOC and others as YOLO)
 * @param classes the predefined class list: YOLO names when a label folder has none, and the start of a
 *                new classes.txt
 * @param overwrite whether an annotation file already in {@code outDir} may be replaced; without it such a
 *                  file is left as it is and reported, so a conversion never replaces richer labels by accident
 */
public record ConvertRequest(Optional<AnnotationFormat> from, AnnotationFormat to, Path imageDir,
                             Optional<Path> labelDir, Path outDir, ClassList classes, boolean overwrite) {
    public ConvertRequest(AnnotationFormat from, AnnotationFormat to, Path imageDir, Optional<Path> labelDir,
                          Path outDir, ClassList classes, boolean overwrite) {
        this(Optional.of(from), to, imageDir, labelDir, outDir, classes, overwrite);
    }

    public ConvertRequest(AnnotationFormat from, AnnotationFormat to, Path imageDir, Optional<Path> labelDir,
                          Path outDir, ClassList classes) {
        this(from, to, imageDir, labelDir, outDir, classes, false);
    }
}
