package dev.labelj.dataset;

import dev.labelj.image.ImageLoadException;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationRead;
import dev.labelj.io.AtomicFiles;
import dev.labelj.io.FileKinds;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts a folder of annotations from one format to another, headless. Each image's real (oriented) size
 * comes from its header (or a decode), so YOLO fractions and VOC size checks use the truth. A bad file is
 * reported and skipped; the rest still convert. Images that would share one output file are refused
 * together (docs/adr/0051-stem-collisions.md). Annotations are read on a few threads and written on the calling
 * thread in the folder's order, so output, class ids and messages are those of a one-thread run; the written
 * files are forced to the disk at the end (docs/adr/0057-bulk-output-forced-at-the-end.md).
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
            // ids read from a YOLO source keep their numbers: the output's class list starts as the source's
            ClassList start = startingClasses(request, readOptions);
            writeOptions = request.to().startDataset(request.outDir(), new FormatOptions(start));
        } catch (AnnotationIoException e) {
            tally.failures.add(new ConvertReport.Failure(e.file(), e.getMessage()));
            tally.failed = images.size();
            return tally.report(images.size());
        }
        Map<Path, List<Path>> collisions = request.to().oneImagePerFile()
                ? StemCollisions.find(images, image -> target.locate(image, request.to())) : Map.of();
        boolean inPlace = sameFolder(request.outDir(), request.imageDir())
                || request.labelDir().map(dir -> sameFolder(request.outDir(), dir)).orElse(false);
        FormatOptions batchOptions = inPlace ? writeOptions : writeOptions.withDurability(AtomicFiles.Durability.AT_THE_END);
        Set<Path> writtenHere = new HashSet<>();
        try {
            OrderedWork.run(images, image -> {
                Path to = target.locate(image, request.to());
                return collisions.containsKey(to) ? null
                        : read(step(request, source, image, to, readOptions, batchOptions));
            }, (index, image, read) -> {
                Path to = target.locate(image, request.to());
                if (read == null) {
                    tally.fail(image, StemCollisions.message(to, collisions.get(to)));
                } else {
                    write(read, tally, writtenHere);
                }
                progress.imageDone(index + 1, images.size(), image);
            });
        } finally {
            AtomicFiles.forceFolders(writtenHere.stream().map(p -> p.toAbsolutePath().getParent()).distinct().toList());
        }
        return tally.report(images.size());
    }

    /**
     * The source's id list when it has one (YOLO's classes.txt), else the request's classes. With no source
     * format named, a YOLO list among the images' annotations counts all the same.
     */
    private static ClassList startingClasses(ConvertRequest request, FormatOptions readOptions)
            throws AnnotationIoException {
        for (AnnotationFormat format : request.from().map(List::of).orElseGet(Formats::all)) {
            Optional<ClassList> ids = format.idClasses(sourceLabelRoot(request, format), readOptions);
            if (ids.isPresent()) {
                return ids.get();
            }
        }
        return request.classes();
    }

    /** The folder holding the source annotations of images lying directly in the image folder. */
    private static Path sourceLabelRoot(ConvertRequest request, AnnotationFormat format) {
        return request.labelDir().orElseGet(() -> AnnotationLocator.nextToImages(request.imageDir())
                .locate(request.imageDir().resolve("image"), format).toAbsolutePath().getParent());
    }

    private static boolean sameFolder(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** One image's conversion: where its annotation is read from, in which format, and where it goes. */
    private record Step(ConvertRequest request, Path image, AnnotationFormat format, Path from, Path to,
                        FormatOptions readOptions, FormatOptions writeOptions) {
    }

    /**
     * The image's annotation in the request's format; with none named, in whichever format the image has one
     * (looked up as the window and {@code stats} do); else where the first format would keep it, which is
     * then reported as missing (or as not a regular file).
     */
    private static Step step(ConvertRequest request, AnnotationLocator source, Path image, Path to,
                             FormatOptions readOptions, FormatOptions writeOptions) {
        AnnotationLocator.Located located = request.from()
                .map(format -> new AnnotationLocator.Located(format, source.locateForReading(image, format)))
                .or(() -> source.find(image))
                .orElseGet(() -> new AnnotationLocator.Located(Formats.all().get(0),
                        source.locateForReading(image, Formats.all().get(0))));
        return new Step(request, image, located.format(), located.file(), to, readOptions, writeOptions);
    }

    /**
     * What reading one image's annotation gave, on a reading thread: no file, not a regular file, the annotation,
     * or the failure (with the file it names, or empty when the annotation has no entry for the image).
     */
    private record Read(Step step, boolean exists, boolean regular, AnnotationRead annotation, Path failedFile,
                        String failure, boolean noEntry) {
    }

    private static Read read(Step step) {
        Path from = step.from();
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return new Read(step, false, false, null, null, null, false);
        }
        if (!Files.isRegularFile(from)) {
            return new Read(step, true, false, null, null, null, false);
        }
        try {
            ImageSize size = RealSizes.of(step.image());
            AnnotationRead read = step.format().read(from, ImageRef.of(step.image(), size),
                    step.readOptions());
            return new Read(step, true, true, read, null, null, false);
        } catch (AnnotationIoException e) {
            boolean noEntry = e.kind() == AnnotationIoException.Kind.NO_ENTRY;
            return new Read(step, true, true, null, e.file(), e.getMessage(), noEntry);
        } catch (ImageLoadException e) {
            return new Read(step, true, true, null, step.image(), step.image() + ": " + e.getMessage(), false);
        } catch (RuntimeException e) {
            // a value the model refuses, or a reader bug, must cost this image only, never the whole batch
            return new Read(step, true, true, null, from, from + ": cannot convert (" + e.getClass().getSimpleName()
                    + ")", false);
        }
    }

    /** Writes one image's annotation, on the calling thread in the folder's order, so ids and messages never vary. */
    private static void write(Read read, ConvertTally tally, Set<Path> writtenHere) {
        Step step = read.step();
        Path from = step.from();
        if (!read.exists()) {
            tally.withoutAnnotation++;
            return;
        }
        if (!read.regular()) {
            tally.fail(from, from + ": is " + FileKinds.describe(from) + ", not an annotation file");
            return;
        }
        if (!step.request().overwrite() && Files.exists(step.to()) && !writtenHere.contains(step.to())) {
            tally.kept++;
            tally.keptFiles.add(step.to());
            return;
        }
        if (read.noEntry()) {
            tally.withoutAnnotation++;
            return;
        }
        if (read.failure() != null) {
            tally.fail(read.failedFile(), read.failure());
            return;
        }
        try {
            tally.warnings.addAll(read.annotation().warnings());
            tally.warnings.addAll(step.request().to().write(step.to(), read.annotation().annotation(),
                    step.writeOptions()));
            writtenHere.add(step.to());
            tally.converted++;
        } catch (AnnotationIoException e) {
            tally.fail(e.file(), e.getMessage());
        } catch (RuntimeException e) {
            tally.fail(from, from + ": cannot convert (" + e.getClass().getSimpleName() + ")");
        }
    }
}
