package dev.labelj.dataset;

import dev.labelj.image.DecodedImage;
import dev.labelj.image.ImageFolder;
import dev.labelj.image.ImageLoadException;
import dev.labelj.image.ImageLoader;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationRead;
import dev.labelj.io.AnnotationWarning;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.ImageRef;
import dev.labelj.model.ImageSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts a folder of annotations from one format to another, headless. Each image is decoded for its
 * real (oriented) size, so YOLO fractions and VOC size checks use the truth. A bad file is reported and
 * skipped; the rest still convert.
 */
public final class FormatConverter {
    private FormatConverter() {
    }

    public static ConvertReport convert(ConvertRequest request, ConvertProgress progress) {
        List<Path> images = ImageFolder.scan(request.imageDir());
        AnnotationLocator source = request.labelDir()
                .map(dir -> AnnotationLocator.inSaveDir(request.imageDir(), dir))
                .orElseGet(() -> AnnotationLocator.nextToImages(request.imageDir()));
        AnnotationLocator target = AnnotationLocator.inSaveDir(request.imageDir(), request.outDir());
        FormatOptions readOptions = new FormatOptions(request.classes());
        FormatOptions writeOptions;
        Tally tally = new Tally();
        try {
            writeOptions = request.to().startDataset(request.outDir(), readOptions);
        } catch (AnnotationIoException e) {
            tally.failures.add(new ConvertReport.Failure(e.file(), e.getMessage()));
            return new ConvertReport(images.size(), 0, 0, tally.failures, tally.warnings);
        }
        for (int i = 0; i < images.size(); i++) {
            Path image = images.get(i);
            convertOne(request, image, source.locateForReading(image, request.from()), target.locate(image, request.to()),
                    readOptions, writeOptions, tally);
            progress.imageDone(i + 1, images.size(), image);
        }
        return new ConvertReport(images.size(), tally.converted, tally.withoutAnnotation, tally.failures,
                tally.warnings);
    }

    private static void convertOne(ConvertRequest request, Path image, Path from, Path to,
                                   FormatOptions readOptions, FormatOptions writeOptions, Tally tally) {
        if (!Files.isRegularFile(from)) {
            tally.withoutAnnotation++;
            return;
        }
        if (!request.overwrite() && Files.exists(to)) {
            tally.failures.add(new ConvertReport.Failure(to,
                    to + ": already exists and was left as it is (add --overwrite to replace it)"));
            return;
        }
        try {
            DecodedImage decoded = ImageLoader.load(image);
            ImageSize size = new ImageSize(decoded.width(), decoded.height(), decoded.depth());
            AnnotationRead read = request.from().read(from, ImageRef.of(image, size), readOptions);
            tally.warnings.addAll(read.warnings());
            request.to().write(to, read.annotation(), writeOptions);
            tally.converted++;
        } catch (AnnotationIoException e) {
            if (e.kind() == AnnotationIoException.Kind.NO_ENTRY) {
                tally.withoutAnnotation++;
            } else {
                tally.failures.add(new ConvertReport.Failure(e.file(), e.getMessage()));
            }
        } catch (ImageLoadException e) {
            tally.failures.add(new ConvertReport.Failure(image, image + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            // a decoder or a value the model refuses must cost this image only, never the whole batch
            tally.failures.add(new ConvertReport.Failure(from, from + ": cannot convert (" + e + ")"));
        }
    }

    /** Running counts of one conversion. */
    private static final class Tally {
        int converted;
        int withoutAnnotation;
        final List<ConvertReport.Failure> failures = new ArrayList<>();
        final List<AnnotationWarning> warnings = new ArrayList<>();
    }
}
