package dev.labelj.dataset;

import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.Formats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether YOLOv5 and Ultralytics will find labels for a split's images: they read the YOLO file at the image's
 * path with the last {@code images} folder replaced by {@code labels} (else beside the image), the place
 * {@link AnnotationLocator} gives without a save dir. A labelled image without that file trains as an image
 * with no objects, so a VOC-only folder would give a data.yaml that trains on nothing.
 */
public final class TrainerLabels {
    private TrainerLabels() {
    }

    /** A sentence about the labelled images a trainer would find no YOLO label for, or empty when there are none. */
    public static Optional<String> missing(DatasetReader.Dataset dataset) {
        AnnotationLocator trainer = AnnotationLocator.nextToImages(dataset.root());
        List<Path> missing = new ArrayList<>();
        int labelled = 0;
        for (DatasetItem item : dataset.items()) {
            if (item.labelled()) {
                labelled++;
                Path label = trainer.locate(item.image(), Formats.YOLO);
                if (!Files.isRegularFile(label)) {
                    missing.add(label);
                }
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(missing.size() + " of " + labelled + " labelled images have no YOLO label where YOLOv5 and"
                + " Ultralytics look (such as " + missing.get(0) + "); they would train as images without objects."
                + " Write them first: labelj convert --to yolo --images " + dataset.root() + " --out <labels folder>");
    }
}
