package dev.labelj.dataset;

import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.DecimalText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives YOLO lines of some class ids another id, touching only the id field: coordinates, spacing, line endings
 * and every other line keep their bytes (a reformat through the writer would round coordinates to 6 decimals).
 */
final class YoloIdLines {
    /** Leading blanks, the id field, the rest of the line. */
    private static final Pattern FIRST_FIELD = Pattern.compile("^(\\s*)(\\S+)(.*)$", Pattern.DOTALL);

    private YoloIdLines() {
    }

    /** The new bytes and how many lines got the new id. */
    record Result(byte[] bytes, int replaced) {
    }

    static Result replace(Path file, byte[] bytes, Set<Integer> fromIds, int toId) throws AnnotationIoException {
        List<TextLines.Line> lines = TextLines.split(decode(file, bytes));
        int replaced = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = FIRST_FIELD.matcher(lines.get(i).text());
            if (!m.matches()) {
                continue;
            }
            String field = m.group(2).startsWith("\uFEFF") ? m.group(2).substring(1) : m.group(2);
            OptionalDouble id = DecimalText.parse(field);
            // ids may be written as 3.0 (YOLOv5 reads them as floats); the reader took them as whole numbers
            if (id.isPresent() && id.getAsDouble() == Math.rint(id.getAsDouble())
                    && fromIds.contains((int) id.getAsDouble())) {
                String bom = m.group(2).startsWith("\uFEFF") ? "\uFEFF" : "";
                lines.set(i, lines.get(i).withText(m.group(1) + bom + toId + m.group(3)));
                replaced++;
            }
        }
        return new Result(TextLines.join(lines).getBytes(StandardCharsets.UTF_8), replaced);
    }

    private static String decode(Path file, byte[] bytes) throws AnnotationIoException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw AnnotationIoException.malformed(file, 0, "", "not UTF-8 text: its ids cannot be changed in place");
        }
    }
}
