package dev.labelj.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Images whose annotations would go to the same file ({@code a.jpg} and {@code a.png} both own {@code a.xml}
 * in VOC and labelImg). Neither is written: either file would hold the other's boxes, or lose them
 * (docs/adr/0051-stem-collisions.md).
 */
final class StemCollisions {
    private StemCollisions() {
    }

    /** Each output file claimed by more than one image, with those images in scan order. */
    static Map<Path, List<Path>> find(List<Path> images, Function<Path, Path> target) {
        Map<Path, List<Path>> byTarget = new LinkedHashMap<>();
        for (Path image : images) {
            byTarget.computeIfAbsent(target.apply(image).toAbsolutePath().normalize(), t -> new ArrayList<>())
                    .add(image);
        }
        byTarget.values().removeIf(list -> list.size() < 2);
        Map<Path, List<Path>> byOriginalPath = new LinkedHashMap<>();
        for (Path image : images) {
            Path to = target.apply(image);
            List<Path> sharing = byTarget.get(to.toAbsolutePath().normalize());
            if (sharing != null) {
                byOriginalPath.put(to, sharing);
            }
        }
        return byOriginalPath;
    }

    static String message(Path target, List<Path> images) {
        String names = images.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(" and "));
        return target + ": " + names + (images.size() == 2 ? " would both" : " would all") + " be written to this one file; nothing was written for them"
                + " (rename one image so each has its own annotation)";
    }

    /** For validate: the same finding, said without a conversion. */
    static String shared(Path target, List<Path> images) {
        String names = images.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(" and "));
        return target + ": " + names + " share this one annotation file (rename one image so each has its own)";
    }
}
