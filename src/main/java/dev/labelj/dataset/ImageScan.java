package dev.labelj.dataset;

import dev.labelj.image.ImageFolder;
import dev.labelj.image.NaturalOrder;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The images of a dataset folder for batch work: like the window's scan (hidden folders skipped, natural
 * order), but links to images and linked folders count, and every folder or link that cannot be read is
 * reported instead of silently leaving its images out of the totals.
 */
final class ImageScan {
    private ImageScan() {
    }

    /** The images found, and a message for each part of the folder that could not be looked at. */
    record Result(List<Path> images, List<ConvertReport.Failure> skipped) {
    }

    static Result scan(Path root) throws IOException {
        Visitor visitor = new Visitor(root);
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);
        return new Result(sorted(root, visitor.images), visitor.skipped);
    }

    /** The folder's natural order, each path's relative name made once instead of at every comparison. */
    private static List<Path> sorted(Path root, List<Path> images) {
        record Keyed(String key, Path image) {
        }
        List<Keyed> keyed = new ArrayList<>(images.size());
        for (Path image : images) {
            keyed.add(new Keyed(root.relativize(image).toString().replace('\\', '/'), image));
        }
        keyed.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.key(), b.key()));
        return keyed.stream().map(Keyed::image).toList();
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> images = new ArrayList<>();
        private final List<ConvertReport.Failure> skipped = new ArrayList<>();

        Visitor(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!ImageFolder.isImage(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
                images.add(file);
            } else {
                skipped.add(new ConvertReport.Failure(file, file + ": skipped, "
                        + (attrs.isSymbolicLink() ? "a broken link" : "not a regular file")));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(root)) {
                throw e;
            }
            String why = e instanceof FileSystemLoopException ? "a link back into a folder already scanned"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : String.valueOf(e.getMessage());
            skipped.add(new ConvertReport.Failure(file, file + ": skipped, cannot be read (" + why + ")"));
            return FileVisitResult.CONTINUE;
        }
    }
}
