package dev.labelj.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text cut into lines that keep their own line endings, so an edit of one line leaves every other byte. */
final class TextLines {
    private static final Pattern LINE_END = Pattern.compile("\r\n|\n|\r");

    private TextLines() {
    }

    /** One line: its text and the ending that followed it (empty for the last line). */
    record Line(String text, String end) {
        Line withText(String newText) {
            return new Line(newText, end);
        }
    }

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        Matcher m = LINE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            lines.add(new Line(text.substring(start, m.start()), m.group()));
            start = m.end();
        }
        lines.add(new Line(text.substring(start), ""));
        return lines;
    }

    static String join(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.text()).append(line.end()));
        return text.toString();
    }
}
