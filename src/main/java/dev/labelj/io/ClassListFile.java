package dev.labelj.io;

import dev.labelj.model.ClassList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A class file: one name a line, UTF-8 (a BOM is skipped), any line ending. Names are stripped as
 * labelImg strips them; trailing blank lines are not classes, inner ones keep their id.
 */
public final class ClassListFile {
    private ClassListFile() {
    }

    public static ClassList read(Path file) throws AnnotationIoException {
        List<String> names = new ArrayList<>();
        for (String line : rawLines(file)) {
            names.add(line.strip());
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        return new ClassList(names);
    }

    public static List<String> rawLines(Path file) throws AnnotationIoException {
        String text = new String(ReadFiles.readAll(file), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return List.of(text.split("\r\n|\n|\r", -1));
    }
}
