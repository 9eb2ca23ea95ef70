package dev.labelj.cli;

import dev.labelj.dataset.ConvertProgress;
import dev.labelj.dataset.DatasetReader;
import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.ClassListFile;
import dev.labelj.io.Formats;
import dev.labelj.model.ClassList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code stats}, {@code validate} and {@code split} share: which dataset, in which format. */
final class DatasetOptions {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of images (scanned recursively).")
    Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "Annotation format: ${COMPLETION-CANDIDATES} (default: each image's first found, VOC, YOLO, CreateML).")
    String format;

    @Option(names = "--labels", paramLabel = "DIR",
            description = "Folder of the annotations (default: next to the images; YOLO: images/ -> labels/).")
    Path labels;

    @Option(names = "--classes", paramLabel = "FILE", description = "Class names, one per line.")
    Path classes;

    /** A one-line reason the options cannot be used, or empty. */
    Optional<String> problem() {
        if (format != null && !FormatNames.isKnown(format)) {
            return Optional.of("unknown format '" + format + "' (expected one of " + FormatNames.list() + ")");
        }
        Optional<String> empty = PathArguments.firstEmpty(new String[] {"DIR", "--labels", "--classes"}, dir, labels,
                classes);
        return empty.or(() -> PathArguments.folder("image folder", dir))
                .or(() -> labels == null ? Optional.empty() : PathArguments.folder("label folder", labels));
    }

    ClassList classList() throws AnnotationIoException {
        return classes == null ? ClassList.EMPTY : ClassListFile.read(classes);
    }

    Optional<AnnotationFormat> annotationFormat() {
        return Optional.ofNullable(format).flatMap(Formats::byId);
    }

    DatasetReader.Dataset read() throws IOException, AnnotationIoException {
        return read(ConvertProgress.NONE);
    }

    /** Reads the dataset, telling {@code progress} after each image (a terminal's "reading N/M" line). */
    DatasetReader.Dataset read(ConvertProgress progress) throws IOException, AnnotationIoException {
        return DatasetReader.read(dir, Optional.ofNullable(labels), annotationFormat(), classList(), progress);
    }
}
