package dev.labelj.results;

import java.util.ArrayList;
import java.util.List;

/**
 * A results file split into lines (LF, CRLF or CR), BOM removed, remembering whether the last line
 * was finished: a file being appended to by a running training can end in the middle of a row.
 */
record TextLines(List<String> lines, boolean lastLineComplete) {
    static TextLines of(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(body.substring(start, i));
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        boolean complete = start == body.length();
        if (!complete) {
            lines.add(body.substring(start));
        }
        return new TextLines(lines, complete);
    }

    /** True for the final line when the writer had not finished it yet. */
    boolean isUnfinished(int index) {
        return !lastLineComplete && index == lines.size() - 1;
    }

    /** Index of the first non-blank line, or -1. */
    int firstContentLine() {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
