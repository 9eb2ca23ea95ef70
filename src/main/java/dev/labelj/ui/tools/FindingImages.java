package dev.labelj.ui.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Which image of the open folder a finding is about: the file itself, or the image sharing its stem. */
final class FindingImages {
    private FindingImages() {
    }

    static Optional<Integer> indexOf(List<Path> images, Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        for (int i = 0; i < images.size(); i++) {
            if (images.get(i).toAbsolutePath().normalize().equals(wanted)) {
                return Optional.of(i);
            }
        }
        String stem = stem(wanted);
        for (int i = 0; i < images.size(); i++) {
            if (stem(images.get(i)).equals(stem)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
