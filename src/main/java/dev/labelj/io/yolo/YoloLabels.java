package dev.labelj.io.yolo;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code class_<id>} label of a box whose id is beyond the class list; the id survives a re-save. */
final class YoloLabels {
    private static final Pattern PLACEHOLDER = Pattern.compile("class_(\\d{1,9})");

    private YoloLabels() {
    }

    /**
     * The name a label has in classes.txt: one line, stripped (class files are read stripped, so a label
     * like "untied_shoes " must map to the same id as "untied_shoes").
     */
    static String className(String label) {
        return label.replaceAll("[\\r\\n]+", " ").strip();
    }

    static String placeholder(int id) {
        return "class_" + id;
    }

    static OptionalInt placeholderId(String label) {
        Matcher m = PLACEHOLDER.matcher(label);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
