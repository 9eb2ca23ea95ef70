package dev.labelj.dataset;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AtomicFiles;
import dev.labelj.io.TrainingBoxes;
import dev.labelj.io.coco.CocoDataset;
import dev.labelj.io.coco.CocoJson;
import dev.labelj.model.Box;
import dev.labelj.model.ClassList;
import dev.labelj.model.ImageAnnotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a dataset as one COCO JSON file. Images get ids 1, 2, ... in the folder's natural order (stable
 * across runs of the same folder); categories are the class list in order, then labels as first met, with ids
 * 1, 2, ...; boxes are clipped or dropped as for YOLO (docs/adr/0053-boxes-trainers-cannot-use.md). Only images
 * with an annotation are listed, so an image nobody labelled never trains as a negative.
 */
public final class CocoExport {
    public static final String FILE_NAME = "annotations.json";

    private CocoExport() {
    }

    public static ConvertReport export(DatasetReader.Dataset dataset, ClassList classes, Path outFile, boolean overwrite) {
        ConvertTally tally = new ConvertTally();
        tally.failures.addAll(dataset.skipped());
        if (!overwrite && Files.exists(outFile)) {
            tally.kept = dataset.items().size();
            tally.keptFiles.add(outFile);
            return tally.report(dataset.items().size());
        }
        ClassList categories = classes;
        List<CocoDataset.Image> images = new ArrayList<>();
        List<CocoDataset.Annotation> annotations = new ArrayList<>();
        for (DatasetItem item : dataset.items()) {
            if (!usable(item, tally)) {
                continue;
            }
            ImageAnnotation annotation = item.annotation().orElseThrow();
            Path relative = dataset.root().toAbsolutePath().normalize().relativize(item.image().toAbsolutePath().normalize());
            long imageId = images.size() + 1L;
            var size = item.size().orElseThrow();
            images.add(new CocoDataset.Image(imageId, relative.toString().replace('\\', '/'), size.width(), size.height()));
            TrainingBoxes.Result clipped = TrainingBoxes.clip(item.annotationFile().orElse(item.image()),
                    annotation.boxes(), size);
            tally.warnings.addAll(clipped.warnings());
            for (Box box : clipped.boxes()) {
                categories = categories.plus(box.label().strip());
                annotations.add(new CocoDataset.Annotation(annotations.size() + 1L, imageId,
                        categories.indexOf(box.label().strip()) + 1L, box.left(), box.top(), box.right() - box.left(),
                        box.bottom() - box.top()));
            }
            tally.converted++;
        }
        List<CocoDataset.Category> categoryList = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            categoryList.add(new CocoDataset.Category(i + 1L, categories.names().get(i)));
        }
        try {
            AtomicFiles.write(outFile, CocoJson.write(new CocoDataset(images, categoryList, annotations)));
        } catch (AnnotationIoException e) {
            tally.failures.add(new ConvertReport.Failure(outFile, e.getMessage()));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            tally.failures.add(new ConvertReport.Failure(outFile, outFile + ": cannot build the JSON"));
        }
        return tally.report(dataset.items().size());
    }

    /** An image with a readable annotation, a size and named boxes; any other is counted and said. */
    private static boolean usable(DatasetItem item, ConvertTally tally) {
        if (item.readError().isPresent()) {
            tally.fail(item.readError().get().file(), item.readError().get().getMessage());
            return false;
        }
        if (item.annotation().isEmpty()) {
            tally.withoutAnnotation++;
            return false;
        }
        if (item.size().isEmpty()) {
            tally.fail(item.image(), item.image() + ": " + item.imageProblem().orElse("no size"));
            return false;
        }
        tally.warnings.addAll(item.warnings());
        List<Box> boxes = item.annotation().get().boxes();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).label().isBlank()) {
                tally.fail(item.image(), item.annotationFile().orElse(item.image()) + ": box " + (i + 1)
                        + " has an empty label; a COCO category needs a name, so the image was left out");
                return false;
            }
        }
        return true;
    }
}
