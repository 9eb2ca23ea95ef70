package dev.labelj.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the images under a folder, in natural order of their path relative to the folder. */
public final class ImageFolder {
    public static final Set<String> EXTENSIONS =
            Set.of("jpg", "jpeg", "jpe", "png", "bmp", "dib", "tif", "tiff", "webp", "pbm", "pgm", "ppm");

    private ImageFolder() {
    }

    public static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Scans {@code root} recursively; hidden folders (".git", ".cache") are skipped. */
    public static List<Path> scan(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !isInHiddenFolder(root, p))
                    .filter(Files::isRegularFile)
                    .filter(ImageFolder::isImage)
                    .sorted(byRelativePath(root))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + root, e);
        }
    }

    public static Comparator<Path> byRelativePath(Path root) {
        return Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/'), NaturalOrder.INSTANCE);
    }

    private static boolean isInHiddenFolder(Path root, Path file) {
        Path relative = root.relativize(file);
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
