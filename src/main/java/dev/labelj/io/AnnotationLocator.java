package dev.labelj.io;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the annotation of an image lives (docs/adr/0012-where-annotations-go.md). With a save dir: in the
 * save dir at the image's path relative to the image dir, so a flat folder behaves exactly like labelImg
 * and images in different subfolders no longer collide. Without one: next to the image, except that formats using
 * a labels folder map {@code .../images/...} to the sibling {@code .../labels/...}.
 */
public record AnnotationLocator(Path imageRoot, Optional<Path> saveDir) {
    public static AnnotationLocator nextToImages(Path imageRoot) {
        return new AnnotationLocator(imageRoot, Optional.empty());
    }

    public static AnnotationLocator inSaveDir(Path imageRoot, Path saveDir) {
        return new AnnotationLocator(imageRoot, Optional.of(saveDir));
    }

    public Path locate(Path imageFile, AnnotationFormat format) {
        String fileName = stem(imageFile.getFileName().toString()) + "." + format.extension();
        if (saveDir.isPresent()) {
            Path relativeFolder = relativeFolderOf(imageFile);
            return saveDir.get().resolve(relativeFolder).resolve(fileName);
        }
        Path folder = imageFile.toAbsolutePath().getParent();
        if (format.usesLabelsFolder()) {
            folder = imagesToLabels(folder);
        }
        return folder.resolve(fileName);
    }

    /** Where to read an image's annotation: its own file, else the format's shared file beside it, if any. */
    public Path locateForReading(Path imageFile, AnnotationFormat format) {
        Path own = locate(imageFile, format);
        if (Files.isRegularFile(own)) {
            return own;
        }
        return format.sharedFile(own.toAbsolutePath().getParent()).orElse(own);
    }

    /**
     * The first existing annotation in labelImg's lookup order (VOC, YOLO, CreateML). A folder, FIFO or device
     * with an annotation's name counts as found, so reading it says what it is instead of the image passing
     * for unlabelled.
     */
    public Optional<Located> find(Path imageFile) {
        for (AnnotationFormat format : Formats.all()) {
            Optional<Located> found = findIn(imageFile, format);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Every existing annotation of the image, one per format, in labelImg's lookup order. */
    public List<Located> findAll(Path imageFile) {
        List<Located> all = new ArrayList<>();
        for (AnnotationFormat format : Formats.all()) {
            findIn(imageFile, format).ifPresent(all::add);
        }
        return all;
    }

    private Optional<Located> findIn(Path imageFile, AnnotationFormat format) {
        // as locateForReading, with one look at the disk for an image's own file (a batch asks thousands)
        Path own = locate(imageFile, format);
        if (Files.exists(own, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new Located(format, own));
        }
        return format.sharedFile(own.toAbsolutePath().getParent()).filter(Files::isRegularFile)
                .map(shared -> new Located(format, shared));
    }

    /** An annotation file found on disk and the format it is in. */
    public record Located(AnnotationFormat format, Path file) {
    }

    private Path relativeFolderOf(Path imageFile) {
        Path root = imageRoot.toAbsolutePath().normalize();
        Path image = imageFile.toAbsolutePath().normalize();
        Path parent = image.getParent();
        if (parent == null || !parent.startsWith(root)) {
            return Path.of("");
        }
        return root.relativize(parent);
    }

    /** Replaces the last {@code images} folder of the path with {@code labels}; other paths stay. */
    static Path imagesToLabels(Path folder) {
        for (int i = folder.getNameCount() - 1; i >= 0; i--) {
            if (folder.getName(i).toString().equals("images")) {
                Path root = folder.getRoot() == null ? Path.of("") : folder.getRoot();
                Path before = i == 0 ? root : root.resolve(folder.subpath(0, i));
                Path mapped = before.resolve("labels");
                return i + 1 < folder.getNameCount() ? mapped.resolve(folder.subpath(i + 1, folder.getNameCount()))
                        : mapped;
            }
        }
        return folder;
    }

    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
