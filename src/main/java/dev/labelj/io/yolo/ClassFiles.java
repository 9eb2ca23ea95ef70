package dev.labelj.io.yolo;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.ClassListFile;
import dev.labelj.io.FormatOptions;
import dev.labelj.model.ClassList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the class names for a YOLO label folder. A {@code classes.txt} in the folder (or up to two
 * folders above, where Label Studio and captcha sets keep it) is read first; then darknet's
 * {@code obj.names} / {@code _darknet.labels} and Ultralytics' {@code data.yaml}; then the predefined list.
 */
final class ClassFiles {
    static final String CLASSES_TXT = "classes.txt";
    private static final int LEVELS_UP = 2;

    private ClassFiles() {
    }

    /** Where the names came from: {@code classesTxt} is the file a writer appends to, when there is one. */
    record Source(Optional<Path> classesTxt, ClassList classes) {
    }

    /** The dataset's own class file when the options name one (it need not exist yet), else a search. */
    static Source find(Path labelFolder, FormatOptions options) throws AnnotationIoException {
        if (options.datasetClassFile().isPresent()) {
            Path classFile = options.datasetClassFile().get();
            return new Source(Optional.of(classFile), Files.isRegularFile(classFile)
                    ? ClassListFile.read(classFile) : options.fallbackClasses());
        }
        return find(labelFolder, options.fallbackClasses());
    }

    static Source find(Path labelFolder, ClassList fallback) throws AnnotationIoException {
        List<Path> folders = foldersUpFrom(labelFolder);
        for (Path folder : folders) {
            Path classesTxt = folder.resolve(CLASSES_TXT);
            if (Files.isRegularFile(classesTxt)) {
                return new Source(Optional.of(classesTxt), ClassListFile.read(classesTxt));
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
                    Optional<List<String>> names = DataYamlNames.parse(ClassListFile.rawLines(yaml));
                    if (names.isPresent()) {
                        return new Source(Optional.empty(), new ClassList(names.get()));
                    }
                }
            }
        }
        return new Source(Optional.empty(), fallback);
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
