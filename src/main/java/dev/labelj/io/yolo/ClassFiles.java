package dev.labelj.io.yolo;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.ClassListFile;
import dev.labelj.io.FormatOptions;
import dev.labelj.model.ClassList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the class names for a YOLO label folder. A {@code classes.txt} in the folder (or up to two
 * folders above, where Label Studio and captcha sets keep it) is read first; then darknet's
 * {@code obj.names} / {@code _darknet.labels} and Ultralytics' {@code data.yaml}; then the predefined list.
 * Only a {@code classes.txt} in the label folder itself is the list a writer appends to; the others give
 * the names a new one beside the labels starts with.
 */
final class ClassFiles {
    static final String CLASSES_TXT = "classes.txt";
    private static final int LEVELS_UP = 2;
    private static final Map<Path, Reading> READINGS = new ConcurrentHashMap<>();

    private ClassFiles() {
    }

    /** The names, and {@code classesTxt}, the file a writer appends to when there is one beside the labels. */
    record Source(Optional<Path> classesTxt, ClassList classes) {
    }

    /** The dataset's own class file when the options name one (it need not exist yet), else a search. */
    static Source find(Path labelFolder, FormatOptions options) throws AnnotationIoException {
        if (options.datasetClassFile().isPresent()) {
            Path classFile = options.datasetClassFile().get();
            // a list not yet written starts with the names a reader finds around it, so ids agree with them
            Optional<ClassList> names = read(classFile);
            return new Source(Optional.of(classFile), names.isPresent() ? names.get()
                    : find(classFile.toAbsolutePath().getParent(), options.fallbackClasses()).classes());
        }
        return find(labelFolder, options.fallbackClasses());
    }

    /**
     * The names in a dataset's class file, or empty when it is not a file yet. The last reading is reused while
     * the file is the same one, unchanged (file key, size, modified time): a batch writes thousands of label
     * files against one classes.txt, and reading it again for each cost about five system calls per label file.
     */
    private static Optional<ClassList> read(Path classFile) throws AnnotationIoException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(classFile, BasicFileAttributes.class);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!attributes.isRegularFile()) {
            return Optional.empty();
        }
        Reading last = READINGS.get(classFile);
        if (last != null && last.isOf(attributes)) {
            return Optional.of(last.classes());
        }
        ClassList classes = ClassListFile.read(classFile);
        // attributes taken before the bytes: a change in between makes the next look read the file again
        READINGS.put(classFile, new Reading(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime(),
                classes));
        return Optional.of(classes);
    }

    /** One reading of a class file and the state of the file it was read from. */
    private record Reading(Object fileKey, long size, FileTime modified, ClassList classes) {
        boolean isOf(BasicFileAttributes attributes) {
            return Objects.equals(fileKey, attributes.fileKey()) && size == attributes.size()
                    && modified.equals(attributes.lastModifiedTime());
        }
    }

    static Source find(Path labelFolder, ClassList fallback) throws AnnotationIoException {
        List<Path> folders = foldersUpFrom(labelFolder);
        for (Path folder : folders) {
            Path classesTxt = folder.resolve(CLASSES_TXT);
            if (Files.isRegularFile(classesTxt)) {
                // only the list beside the labels is the dataset's to append to (docs/adr/0101); one above
                // may be the user's predefined class file and only gives the names
                boolean beside = folder.equals(folders.get(0));
                return new Source(beside ? Optional.of(classesTxt) : Optional.empty(), ClassListFile.read(classesTxt));
            }
        }
        for (Path folder : folders) {
            for (String name : List.of("obj.names", "_darknet.labels")) {
                Path names = folder.resolve(name);
                if (Files.isRegularFile(names)) {
                    return new Source(Optional.empty(), ClassListFile.read(names));
                }
            }
            for (String name : List.of("data.yaml", "data.yml")) {
                Path yaml = folder.resolve(name);
                if (Files.isRegularFile(yaml)) {
                    Optional<List<String>> names = DataYamlNames.read(yaml);
                    if (names.isPresent()) {
                        return new Source(Optional.empty(), new ClassList(names.get()));
                    }
                }
            }
        }
        return new Source(Optional.empty(), fallback);
    }

    /** The first classes.txt {@link #find} would read names from, searching up from {@code labelFolder}. */
    static Optional<Path> nearestClassesTxt(Path labelFolder) {
        return foldersUpFrom(labelFolder).stream().map(folder -> folder.resolve(CLASSES_TXT))
                .filter(Files::isRegularFile).findFirst();
    }

    private static List<Path> foldersUpFrom(Path labelFolder) {
        List<Path> folders = new ArrayList<>();
        Path folder = labelFolder.toAbsolutePath().normalize();
        for (int i = 0; i <= LEVELS_UP && folder != null; i++) {
            folders.add(folder);
            folder = folder.getParent();
        }
        return folders;
    }
}
