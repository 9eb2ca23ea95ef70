package dev.labelj.dataset;

import dev.labelj.io.AnnotationFormat;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.Formats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** File-level findings: images that share one annotation file, annotation files that belong to no image. */
final class DatasetFiles {
    /** Files beside annotations that are not annotations of one image. */
    private static final Set<String> DATASET_FILES = Set.of("classes.txt", "obj.names", "_darknet.labels",
            "data.yaml", "data.yml", "train.txt", "val.txt", "test.txt", "labelmap.txt");

    private DatasetFiles() {
    }

    static List<Finding> collisions(DatasetReader.Dataset dataset) {
        List<Finding> findings = new ArrayList<>();
        AnnotationLocator locator = AnnotationLocator.nextToImages(dataset.root());
        List<Path> images = dataset.items().stream().map(DatasetItem::image).toList();
        for (AnnotationFormat format : List.of(Formats.VOC, Formats.YOLO)) {
            Map<Path, List<Path>> shared = StemCollisions.find(images, image -> locator.locate(image, format));
            shared.forEach((file, sharing) -> findings.add(new Finding(Finding.Severity.ERROR, "stem-collision", file,
                    0, 0, StemCollisions.shared(file, sharing))));
            if (!shared.isEmpty()) {
                break;
            }
        }
        return findings;
    }

    /** VOC and YOLO files in the folders where this dataset's annotations are, that no image claims. */
    static List<Finding> orphans(DatasetReader.Dataset dataset) {
        Set<Path> claimed = new HashSet<>();
        Map<Path, Set<String>> folders = new java.util.LinkedHashMap<>();
        for (DatasetItem item : dataset.items()) {
            if (item.annotationFile().isPresent() && item.format().isPresent()) {
                Path file = item.annotationFile().get().toAbsolutePath().normalize();
                claimed.add(file);
                folders.computeIfAbsent(file.getParent(), f -> new HashSet<>()).add("." + item.format().get().extension());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Path, Set<String>> folder : folders.entrySet()) {
            try (Stream<Path> files = Files.list(folder.getKey())) {
                files.filter(f -> !claimed.contains(f.toAbsolutePath().normalize())
                                && isAnnotationName(f, folder.getValue()))
                        .sorted()
                        .forEach(f -> findings.add(new Finding(Finding.Severity.WARNING, "annotation-without-image", f,
                                0, 0, f + ": an annotation file without an image")));
            } catch (IOException | SecurityException e) {
                // the folder was readable a moment ago when its files were read; nothing more to say
            }
        }
        return findings;
    }

    private static boolean isAnnotationName(Path file, Set<String> extensions) {
        String name = file.getFileName().toString();
        return extensions.stream().anyMatch(name::endsWith) && !name.endsWith(".json") && !DATASET_FILES.contains(name)
                && Files.isRegularFile(file);
    }
}
