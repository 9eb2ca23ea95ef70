package dev.labelj.dataset;

import dev.labelj.image.ImageLoadException;
import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationRead;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.ImageRef;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads every image of a dataset folder with its annotation, for stats, validate, split and COCO export.
 * Sizes come from image headers (a decode only for other formats). The annotation is looked up in the given
 * format, or in labelImg's order (VOC, YOLO, CreateML) when none is given. Files are read on a few threads; the
 * items always come in the folder's natural order.
 */
public final class DatasetReader {
    private DatasetReader() {
    }

    /** What a dataset folder holds, and the parts of it that could not be scanned. */
    public record Dataset(Path root, List<DatasetItem> items, List<ConvertReport.Failure> skipped) {
        public Dataset {
            items = List.copyOf(items);
            skipped = List.copyOf(skipped);
        }
    }

    public static Dataset read(Path root, Optional<Path> labelDir, Optional<AnnotationFormat> format, ClassList classes)
            throws IOException {
        return read(root, labelDir, format, classes, ConvertProgress.NONE);
    }

    /**
     * Reads the dataset, files on several threads, and tells {@code progress} after each image in the folder's
     * order, on the calling thread. A progress that throws (a {@link java.util.concurrent.CancellationException}
     * for a cancel) stops the reading there: the images after it are never read.
     */
    public static Dataset read(Path root, Optional<Path> labelDir, Optional<AnnotationFormat> format, ClassList classes,
                               ConvertProgress progress) throws IOException {
        ImageScan.Result scan = ImageScan.scan(root);
        AnnotationLocator locator = labelDir.map(dir -> AnnotationLocator.inSaveDir(root, dir))
                .orElseGet(() -> AnnotationLocator.nextToImages(root));
        FormatOptions options = new FormatOptions(classes);
        List<DatasetItem> items = new ArrayList<>();
        int total = scan.images().size();
        OrderedWork.run(scan.images(), image -> readOne(image, locator, format, options), (index, image, item) -> {
            items.add(item);
            progress.imageDone(index + 1, total, image);
        });
        return new Dataset(root, items, scan.skipped());
    }

    private static DatasetItem readOne(Path image, AnnotationLocator locator, Optional<AnnotationFormat> format,
                                       FormatOptions options) {
        Optional<ImageSize> size;
        Optional<String> imageProblem = Optional.empty();
        try {
            size = Optional.of(RealSizes.of(image));
        } catch (ImageLoadException | RuntimeException e) {
            size = Optional.empty();
            imageProblem = Optional.of(String.valueOf(e.getMessage()));
        }
        Optional<AnnotationLocator.Located> located = format
                .map(f -> new AnnotationLocator.Located(f, locator.locateForReading(image, f)))
                // a folder, FIFO or device by that name is read, so its error is reported, not taken for no file
                .filter(l -> Files.exists(l.file(), LinkOption.NOFOLLOW_LINKS))
                .or(() -> format.isEmpty() ? locator.find(image) : Optional.empty());
        if (located.isEmpty()) {
            return new DatasetItem(image, size, imageProblem, format, Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of());
        }
        AnnotationLocator.Located found = located.get();
        ImageRef ref = size.map(s -> ImageRef.of(image, s)).orElseGet(() -> ImageRef.withoutSize(image));
        try {
            AnnotationRead read = found.format().read(found.file(), ref, options);
            return new DatasetItem(image, size, imageProblem, Optional.of(found.format()), Optional.of(found.file()),
                    Optional.of(read.annotation()), Optional.empty(), read.warnings());
        } catch (AnnotationIoException e) {
            boolean noEntry = e.kind() == AnnotationIoException.Kind.NO_ENTRY;
            return new DatasetItem(image, size, imageProblem, Optional.of(found.format()),
                    noEntry ? Optional.empty() : Optional.of(found.file()), Optional.empty(),
                    noEntry ? Optional.empty() : Optional.of(e), List.of());
        }
    }
}
