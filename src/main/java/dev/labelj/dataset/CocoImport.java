package dev.labelj.dataset;

import dev.labelj.image.ImageLoadException;
import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.ReadFiles;
import dev.labelj.io.coco.CocoDataset;
import dev.labelj.io.coco.CocoJson;
import dev.labelj.model.Box;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one COCO JSON file and writes each image's boxes in another format, beside the images' paths
 * relative to the image folder. An image is found by its {@code file_name} under the image folder, else by
 * its base name; the real size wins over the file's. A file whose structure is wrong or ambiguous is refused
 * whole (docs/adr/0104). A box naming an unknown image or category is an error naming the annotation; the rest
 * still convert. Entries found as one image are all refused rather than overwriting each other.
 */
public final class CocoImport {
    private CocoImport() {
    }

    public static ConvertReport convert(Path cocoFile, Path imageDir, AnnotationFormat to, Path outDir,
                                        ClassList classes, boolean overwrite) {
        ConvertTally tally = new ConvertTally();
        CocoDataset coco;
        try {
            coco = CocoJson.read(cocoFile, ReadFiles.readAll(cocoFile));
        } catch (AnnotationIoException e) {
            tally.failures.add(new ConvertReport.Failure(cocoFile, e.getMessage()));
            return tally.report(0);
        }
        Map<Long, String> names = new HashMap<>();
        coco.categories().forEach(c -> names.put(c.id(), c.name()));
        Map<Long, List<Box>> boxes = new LinkedHashMap<>();
        coco.images().forEach(i -> boxes.put(i.id(), new ArrayList<>()));
        for (CocoDataset.Annotation a : coco.annotations()) {
            if (!boxes.containsKey(a.imageId()) || !names.containsKey(a.categoryId())) {
                tally.failures.add(new ConvertReport.Failure(cocoFile, cocoFile + ": annotation " + a.id()
                        + " names an image or category that is not in the file; left out"));
                continue;
            }
            boxes.get(a.imageId()).add(Box.of(names.get(a.categoryId()), a.x(), a.y(), a.x() + a.width(),
                    a.y() + a.height()));
        }
        FormatOptions options;
        try {
            options = to.startDataset(outDir, new FormatOptions(classes));
        } catch (AnnotationIoException e) {
            tally.failures.add(new ConvertReport.Failure(e.file(), e.getMessage()));
            tally.failed = coco.images().size();
            return tally.report(coco.images().size());
        }
        ImageFinder finder = new ImageFinder(imageDir);
        AnnotationLocator target = AnnotationLocator.inSaveDir(imageDir, outDir);
        Map<Path, List<String>> entriesByOutput = new HashMap<>();
        for (CocoDataset.Image image : coco.images()) {
            finder.find(image.fileName()).ifPresent(found -> entriesByOutput
                    .computeIfAbsent(target.locate(found, to), out -> new ArrayList<>()).add(image.fileName()));
        }
        for (CocoDataset.Image image : coco.images()) {
            writeOne(image, boxes.get(image.id()), finder, target, to, options, overwrite, tally, entriesByOutput);
        }
        return tally.report(coco.images().size());
    }

    private static void writeOne(CocoDataset.Image entry, List<Box> boxes, ImageFinder finder, AnnotationLocator target,
                                 AnnotationFormat to, FormatOptions options, boolean overwrite, ConvertTally tally,
                                 Map<Path, List<String>> entriesByOutput) {
        Optional<Path> image = finder.find(entry.fileName());
        if (image.isEmpty()) {
            tally.fail(Path.of(entry.fileName()), entry.fileName() + ": no such image under the image folder");
            return;
        }
        Path out = target.locate(image.get(), to);
        List<String> sharing = entriesByOutput.get(out);
        if (sharing.size() > 1) {
            // entries found as one image (by base name) would overwrite each other's boxes: refuse them all
            tally.fail(out, out + ": entries " + String.join(", ", sharing) + " are all found as " + image.get()
                    + "; none was written (give each its folder in file_name, or convert them apart)");
            return;
        }
        if (!overwrite && Files.exists(out)) {
            tally.kept++;
            tally.keptFiles.add(out);
            return;
        }
        try {
            ImageSize size = realOrListed(image.get(), entry);
            tally.warnings.addAll(to.write(out, ImageAnnotation.of(image.get(), size, boxes), options));
            tally.converted++;
        } catch (AnnotationIoException e) {
            tally.fail(e.file(), e.getMessage());
        } catch (ImageLoadException | IllegalArgumentException e) {
            tally.fail(image.get(), image.get() + ": " + e.getMessage());
        }
    }

    private static ImageSize realOrListed(Path image, CocoDataset.Image entry) throws ImageLoadException {
        try {
            return RealSizes.of(image);
        } catch (ImageLoadException e) {
            if (entry.width() > 0 && entry.height() > 0) {
                return new ImageSize(entry.width(), entry.height(), 3);
            }
            throw e;
        }
    }

    /** Images of the folder by relative path, and by base name for files listed without their folder. */
    private static final class ImageFinder {
        private final Path root;
        private final Map<String, Path> byName = new HashMap<>();

        ImageFinder(Path root) {
            this.root = root;
            try {
                for (Path image : ImageScan.scan(root).images()) {
                    byName.putIfAbsent(image.getFileName().toString(), image);
                }
            } catch (java.io.IOException e) {
                // an unscannable folder finds only files named by their exact path
            }
        }

        Optional<Path> find(String fileName) {
            try {
                return findValid(fileName);
            } catch (java.nio.file.InvalidPathException e) {
                return Optional.empty();
            }
        }

        private Optional<Path> findValid(String fileName) {
            Path direct = root.resolve(fileName).normalize();
            if (direct.startsWith(root.normalize()) && Files.isRegularFile(direct)) {
                return Optional.of(direct);
            }
            return Optional.ofNullable(byName.get(Path.of(fileName).getFileName().toString()));
        }
    }
}
