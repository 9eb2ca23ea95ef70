package dev.labelj.io;

import dev.labelj.model.ClassList;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A class file: one name a line, UTF-8 (a BOM is skipped), any line ending. Names are stripped as
 * labelImg strips them; trailing blank lines are not classes, inner ones keep their id. A file that is not
 * UTF-8 text (a GBK list, an image passed by mistake) is refused: decoding it anyway would replace its
 * names, and appending to it would then write those replacements back.
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

    private static List<String> rawLines(Path file) throws AnnotationIoException {
        String text = decode(file, ReadFiles.readAll(file));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return List.of(text.split("\r\n|\n|\r", -1));
    }

    /** The text of a class file, or a typed error naming the line that is not UTF-8 or not text. */
    public static String decode(Path file, byte[] bytes) throws AnnotationIoException {
        ByteBuffer input = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(input).toString();
        } catch (CharacterCodingException e) {
            throw AnnotationIoException.malformed(file, lineAt(bytes, input.position()), "",
                    "not UTF-8 text (names in another encoding, such as GBK, must be saved as UTF-8 first;"
                            + " the file is left unchanged)");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw AnnotationIoException.malformed(file, lineAt(text, i), "",
                        "holds control characters: not a text file of class names");
            }
        }
        return text;
    }

    private static int lineAt(String text, int end) {
        return (int) text.substring(0, end).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int lineAt(byte[] bytes, int end) {
        int line = 1;
        for (int i = 0; i < Math.min(end, bytes.length); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
