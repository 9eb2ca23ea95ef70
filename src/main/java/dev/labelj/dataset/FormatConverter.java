package dev.labelj.dataset;

import dev.labelj.image.ImageLoadException;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationRead;
import dev.labelj.io.FileKinds;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.ImageRef;
import dev.labelj.model.ImageSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts a folder of annotations from one format to another, headless. Each image's real (oriented) size
 * comes from its header (or a decode), so YOLO fractions and VOC size checks use the truth. A bad file is
 * reported and skipped; the rest still convert. Images that would share one output file are refused
 * together (docs/adr/0051-stem-collisions.md).
 */
public final class FormatConverter {
    private FormatConverter() {
    }

    public static ConvertReport convert(ConvertRequest request, ConvertProgress progress) {
        ConvertTally tally = new ConvertTally();
        List<Path> images;
        try {
            ImageScan.Result scan = ImageScan.scan(request.imageDir());
            images = scan.images();
            tally.failures.addAll(scan.skipped());
        } catch (IOException | RuntimeException e) {
            tally.failures.add(new ConvertReport.Failure(request.imageDir(),
                    request.imageDir() + ": cannot scan the image folder (" + e.getMessage() + ")"));
            return tally.report(0);
        }
        if (images.isEmpty()) {
            return tally.report(0);
        }
        AnnotationLocator source = request.labelDir()
                .map(dir -> AnnotationLocator.inSaveDir(request.imageDir(), dir))
                .orElseGet(() -> AnnotationLocator.nextToImages(request.imageDir()));
        AnnotationLocator target = AnnotationLocator.inSaveDir(request.imageDir(), request.outDir());
        FormatOptions readOptions = new FormatOptions(request.classes());
        FormatOptions writeOptions;
        try {
            writeOptions = request.to().startDataset(request.outDir(), readOptions);
        } catch (AnnotationIoException e) {
            tally.failures.add(new ConvertReport.Failure(e.file(), e.getMessage()));
            tally.failed = images.size();
            return tally.report(images.size());
        }
        Map<Path, List<Path>> collisions = request.to().oneImagePerFile()
                ? StemCollisions.find(images, image -> target.locate(image, request.to())) : Map.of();
        Set<Path> writtenHere = new HashSet<>();
        for (int i = 0; i < images.size(); i++) {
            Path image = images.get(i);
            Path to = target.locate(image, request.to());
            if (collisions.containsKey(to)) {
                tally.fail(image, StemCollisions.message(to, collisions.get(to)));
            } else {
                Step step = new Step(request, image, source.locateForReading(image, request.from()), to,
                        readOptions, writeOptions);
                convertOne(step, tally, writtenHere);
            }
            progress.imageDone(i + 1, images.size(), image);
        }
        return tally.report(images.size());
    }

    /** One image's conversion: where its annotation is read from and where it goes. */
    private record Step(ConvertRequest request, Path image, Path from, Path to, FormatOptions readOptions,
                        FormatOptions writeOptions) {
    }

    private static void convertOne(Step step, ConvertTally tally, Set<Path> writtenHere) {
        Path from = step.from();
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            tally.withoutAnnotation++;
            return;
        }
        if (!Files.isRegularFile(from)) {
            tally.fail(from, from + ": is " + FileKinds.describe(from) + ", not an annotation file");
            return;
        }
        if (!step.request().overwrite() && Files.exists(step.to()) && !writtenHere.contains(step.to())) {
            tally.kept++;
            tally.keptFiles.add(step.to());
            return;
        }
        try {
            ImageSize size = RealSizes.of(step.image());
            AnnotationRead read = step.request().from().read(from, ImageRef.of(step.image(), size),
                    step.readOptions());
            tally.warnings.addAll(read.warnings());
            tally.warnings.addAll(step.request().to().write(step.to(), read.annotation(), step.writeOptions()));
            writtenHere.add(step.to());
            tally.converted++;
        } catch (AnnotationIoException e) {
            if (e.kind() == AnnotationIoException.Kind.NO_ENTRY) {
                tally.withoutAnnotation++;
            } else {
                tally.fail(e.file(), e.getMessage());
            }
        } catch (ImageLoadException e) {
            tally.fail(step.image(), step.image() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // a value the model refuses, or a reader bug, must cost this image only, never the whole batch
            tally.fail(from, from + ": cannot convert (" + e.getClass().getSimpleName() + ")");
        }
    }
}
