package dev.labelj.io.yolo;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.ReadFiles;
import dev.labelj.model.ClassList;
import java.nio.charset.StandardCharsets;
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

    static Source find(Path labelFolder, ClassList fallback) throws AnnotationIoException {
        List<Path> folders = foldersUpFrom(labelFolder);
        for (Path folder : folders) {
            Path classesTxt = folder.resolve(CLASSES_TXT);
            if (Files.isRegularFile(classesTxt)) {
                return new Source(Optional.of(classesTxt), new ClassList(readLines(classesTxt)));
            }
        }
        for (Path folder : folders) {
            for (String name : List.of("obj.names", "_darknet.labels")) {
                Path names = folder.resolve(name);
                if (Files.isRegularFile(names)) {
                    return new Source(Optional.empty(), new ClassList(readLines(names)));
                }
            }
            for (String name : List.of("data.yaml", "data.yml")) {
                Path yaml = folder.resolve(name);
                if (Files.isRegularFile(yaml)) {
                    Optional<List<String>> names = DataYamlNames.parse(rawLines(yaml));
                    if (names.isPresent()) {
                        return new Source(Optional.empty(), new ClassList(names.get()));
                    }
                }
            }
        }
        return new Source(Optional.empty(), fallback);
    }

    /** One name a line, stripped as labelImg strips them; trailing blank lines are not classes. */
    static List<String> readLines(Path file) throws AnnotationIoException {
        List<String> names = new ArrayList<>();
        for (String line : rawLines(file)) {
            names.add(line.strip());
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        return names;
    }

    static List<String> rawLines(Path file) throws AnnotationIoException {
        String text = new String(ReadFiles.readAll(file), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return List.of(text.split("\r\n|\n|\r", -1));
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
