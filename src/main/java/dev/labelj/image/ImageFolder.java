package dev.labelj.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Finds the images under a folder, in natural order of their path relative to the folder.
 * Meant for a background thread: it reports progress and can be cancelled.
 */
public final class ImageFolder {
    public static final Set<String> EXTENSIONS =
            Set.of("jpg", "jpeg", "jpe", "png", "bmp", "dib", "tif", "tiff", "webp", "pbm", "pgm", "ppm");
    /** Progress is reported after every this many images found. */
    public static final int PROGRESS_STEP = 1000;

    private ImageFolder() {
    }

    /** Which images a rescan found that the previous scan did not, and which are gone. */
    public record Changes(List<Path> added, List<Path> removed) {
        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty();
        }
    }

    public static boolean isImage(Path file) {
        return isImageName(file.getFileName().toString());
    }

    private static boolean isImageName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Scans {@code root} recursively; hidden folders (".git", ".cache") are skipped. */
    public static List<Path> scan(Path root) {
        return scan(root, found -> { }, () -> false);
    }

    /**
     * Scans {@code root} recursively, calling {@code progress} with the number of images found so far
     * every {@link #PROGRESS_STEP} images; throws {@link CancellationException} once
     * {@code cancelled} says so. Unreadable subfolders are skipped, an unreadable root is an error.
     */
    public static List<Path> scan(Path root, IntConsumer progress, BooleanSupplier cancelled) {
        Collector collector = new Collector(root, progress, cancelled);
        try {
            Files.walkFileTree(root, collector);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + root, e);
        }
        return collector.sorted();
    }

    public static Comparator<Path> byRelativePath(Path root) {
        return Comparator.comparing(p -> relativeKey(root, p), NaturalOrder.INSTANCE);
    }

    /** What changed between two scans of the same folder (each list keeps the order it had). */
    public static Changes changes(List<Path> before, List<Path> after) {
        if (before.isEmpty()) {
            // a new folder: no sets of 100,000 paths to build
            return new Changes(after, List.of());
        }
        Set<Path> old = new HashSet<>(before);
        Set<Path> now = new HashSet<>(after);
        return new Changes(after.stream().filter(p -> !old.contains(p)).toList(),
                before.stream().filter(p -> !now.contains(p)).toList());
    }

    private static String relativeKey(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private record Entry(String key, Path file) {
    }

    private static final class Collector extends SimpleFileVisitor<Path> {
        private final Path root;
        private final IntConsumer progress;
        private final BooleanSupplier cancelled;
        private final List<Entry> found = new ArrayList<>();

        Collector(Path root, IntConsumer progress, BooleanSupplier cancelled) {
            this.root = root;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("scan of " + root + " cancelled");
            }
            boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && isImageName(file.getFileName().toString())) {
                found.add(new Entry(relativeKey(root, file), file));
                if (found.size() % PROGRESS_STEP == 0) {
                    progress.accept(found.size());
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("scan of " + root + " cancelled");
                    }
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(root)) {
                throw e;
            }
            return FileVisitResult.CONTINUE;
        }

        List<Path> sorted() {
            Entry[] entries = found.toArray(Entry[]::new);
            Arrays.sort(entries, (a, b) -> NaturalOrder.INSTANCE.compare(a.key(), b.key()));
            return Arrays.stream(entries).map(Entry::file).toList();
        }
    }
}
