package dev.labelj.io.yolo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the {@code names:} entry of an Ultralytics/YOLOv5 {@code data.yaml}: an inline list
 * ({@code names: ['a', 'b']}), a block list ({@code - a}) or an id mapping ({@code 0: a}). Only this key
 * is needed, so a small reader is used instead of a YAML library.
 */
final class DataYamlNames {
    private DataYamlNames() {
    }

    static Optional<List<String>> parse(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = stripComment(lines.get(i));
            if (indentOf(line) == 0 && line.startsWith("names:")) {
                String rest = line.substring("names:".length()).strip();
                return Optional.of(rest.isEmpty() ? block(lines, i + 1) : inline(rest));
            }
        }
        return Optional.empty();
    }

    /** {@code [a, 'b']} or the flow mapping {@code {0: a, 1: b}}. */
    private static List<String> inline(String value) {
        String body = value.strip();
        boolean mapping = body.startsWith("{") && body.endsWith("}");
        if (mapping || body.startsWith("[") && body.endsWith("]")) {
            body = body.substring(1, body.length() - 1);
        }
        List<String> names = new ArrayList<>();
        TreeMap<Integer, String> ids = new TreeMap<>();
        for (String item : splitOutsideQuotes(body)) {
            if (item.isBlank()) {
                continue;
            }
            if (mapping) {
                addMappingEntry(ids, item.strip());
            } else {
                names.add(unquote(item.strip()));
            }
        }
        return mapping && !ids.isEmpty() ? denseFrom(ids) : names;
    }

    private static void addMappingEntry(TreeMap<Integer, String> ids, String entry) {
        int colon = entry.indexOf(':');
        if (colon > 0 && entry.substring(0, colon).strip().matches("\\d{1,6}")) {
            ids.put(Integer.parseInt(entry.substring(0, colon).strip()), unquote(entry.substring(colon + 1).strip()));
        }
    }

    private static List<String> block(List<String> lines, int from) {
        List<String> list = new ArrayList<>();
        TreeMap<Integer, String> mapping = new TreeMap<>();
        for (int i = from; i < lines.size(); i++) {
            String raw = stripComment(lines.get(i));
            if (raw.isBlank()) {
                continue;
            }
            String item = raw.strip();
            if (indentOf(raw) == 0 && !item.startsWith("- ")) {
                break;
            }
            if (item.startsWith("- ")) {
                list.add(unquote(item.substring(2).strip()));
            } else {
                addMappingEntry(mapping, item);
            }
        }
        return mapping.isEmpty() ? list : denseFrom(mapping);
    }

    /** A mapping with gaps keeps every id where it was; a gap gets the {@code class_<id>} name. */
    private static List<String> denseFrom(TreeMap<Integer, String> mapping) {
        List<String> names = new ArrayList<>();
        for (int id = 0; id <= mapping.lastKey(); id++) {
            names.add(mapping.getOrDefault(id, YoloLabels.placeholder(id)));
        }
        return names;
    }

    private static List<String> splitOutsideQuotes(String body) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (char c : body.toCharArray()) {
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (quote == 0 && c == ',') {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf(" #");
        String withoutComment = line.startsWith("#") ? "" : hash >= 0 ? line.substring(0, hash) : line;
        return withoutComment.stripTrailing();
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
