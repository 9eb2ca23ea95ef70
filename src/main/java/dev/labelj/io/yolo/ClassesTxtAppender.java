package dev.labelj.io.yolo;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.AtomicFiles;
import dev.labelj.io.ClassListFile;
import dev.labelj.io.ReadFiles;
import dev.labelj.model.ClassList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes new class names to {@code classes.txt} by appending only: the bytes already there stay exactly
 * as they are (so ids never move), new names follow in the file's own line-ending style, UTF-8.
 */
final class ClassesTxtAppender {
    private ClassesTxtAppender() {
    }

    static void append(Path classesTxt, ClassList before, ClassList after) throws AnnotationIoException {
        if (!after.startsWith(before)) {
            throw new IllegalArgumentException("class lists may only grow at the end");
        }
        List<String> added = after.names().subList(before.size(), after.size());
        for (String name : added) {
            // a blank line is dropped when the file is read back, so the next name would take its id
            if (name.isBlank() || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("not a class name for one line of classes.txt: '" + name + "'");
            }
        }
        boolean exists = Files.isRegularFile(classesTxt);
        if (added.isEmpty() && exists) {
            return;
        }
        // strictly decoded UTF-8 encodes back to the very same bytes, so the old names never change
        String oldText = exists ? ClassListFile.decode(classesTxt, ReadFiles.readAll(classesTxt)) : "";
        String newline = oldText.contains("\r\n") ? "\r\n" : "\n";
        // trailing blank lines were never classes; a name appended after them would get the wrong id
        StringBuilder text = new StringBuilder(withoutTrailingBlankLines(oldText));
        if (text.length() > 0) {
            text.append(newline);
        }
        if (!exists) {
            before.names().forEach(name -> text.append(name).append(newline));
        }
        added.forEach(name -> text.append(name).append(newline));
        AtomicFiles.write(classesTxt, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Drops trailing lines that hold only whitespace, with their line breaks, but keeps the last name's own
     * bytes (spaces and tabs included): only those bytes are read as names, and they must not move.
     */
    static String withoutTrailingBlankLines(String text) {
        int end = text.length();
        while (end > 0) {
            int lineStart = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1;
            if (!text.substring(lineStart, end).isBlank()) {
                break;
            }
            end = Math.max(0, lineStart - 1);
            if (end > 0 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return text.substring(0, end);
    }
}
