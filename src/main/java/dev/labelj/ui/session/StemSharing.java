package dev.labelj.ui.session;

import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.ui.support.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Images of the open folder that would share one annotation file: {@code a.jpg} and {@code a.png} both map to
 * {@code a.xml}, so saving one would replace the other's boxes. The window opens such images read-only and says
 * why, as {@code convert} refuses them (docs/adr/0051-stem-collisions.md).
 */
final class StemSharing {
    static final StemSharing NONE = new StemSharing(Map.of());

    /** Image → the other images with its folder and stem; only images that share are keys. */
    private final Map<Path, List<Path>> others;

    private StemSharing(Map<Path, List<Path>> others) {
        this.others = others;
    }

    static StemSharing of(List<Path> images) {
        Map<Path, List<Path>> byStem = new HashMap<>();
        for (Path image : images) {
            byStem.computeIfAbsent(key(image), k -> new ArrayList<>()).add(image);
        }
        Map<Path, List<Path>> others = new HashMap<>();
        for (List<Path> group : byStem.values()) {
            if (group.size() > 1) {
                group.forEach(image -> others.put(image, group.stream().filter(o -> !o.equals(image)).toList()));
            }
        }
        return others.isEmpty() ? NONE : new StemSharing(Map.copyOf(others));
    }

    /**
     * As {@link #of} for {@code image} alone, in one cheap pass (only names that start with its stem are looked at
     * closely): what reading that one image's annotation early needs, on a folder of 100,000 images too.
     */
    static StemSharing around(Path image, List<Path> images) {
        Path key = key(image);
        String stem = AnnotationLocator.stem(image.getFileName().toString());
        List<Path> sharers = new ArrayList<>();
        for (Path other : images) {
            Path name = other.getFileName();
            if (name != null && name.toString().startsWith(stem) && !other.equals(image) && key(other).equals(key)) {
                sharers.add(other);
            }
        }
        return sharers.isEmpty() ? NONE : new StemSharing(Map.of(image, List.copyOf(sharers)));
    }

    /** The other images whose annotation file is {@code image}'s. */
    List<Path> othersOf(Path image) {
        return others.getOrDefault(image, List.of());
    }

    /** Why {@code image}'s boxes are read-only, if it shares its annotation file. */
    Optional<String> problem(Path image, AnnotationStore store) {
        List<Path> sharers = othersOf(image);
        if (sharers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Messages.get("status.sharedAnnotation", image.getFileName(), sharers.get(0).getFileName(),
                store.target(image).getFileName()));
    }

    /** Annotation files are named by folder and stem in every format, so that pair is what collides. */
    private static Path key(Path image) {
        Path absolute = image.toAbsolutePath().normalize();
        String stem = AnnotationLocator.stem(absolute.getFileName().toString());
        Path folder = absolute.getParent();
        return folder == null ? Path.of(stem) : folder.resolve(stem);
    }
}
