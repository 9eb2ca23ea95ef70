package dev.labelj.io.yolo;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code class_<id>} label of a box whose id is beyond the class list; the id survives a re-save. */
final class YoloLabels {
    /**
     * The largest class id read. Real detection sets have at most a few thousand classes (LVIS: 1,203);
     * an id of a billion is a broken line, and keeping it would mean a billion placeholder names.
     */
    static final int MAX_CLASS_ID = 99_999;
    /**
     * How many {@code class_<id>} names may be written to classes.txt to keep a kept id from colliding with
     * a new name; a larger gap is refused rather than filling the class file with placeholders.
     */
    static final int MAX_PLACEHOLDERS = 1_000;
    private static final Pattern PLACEHOLDER = Pattern.compile("class_(\\d{1,5})");

    private YoloLabels() {
    }

    /**
     * The name a label has in classes.txt: one line, stripped (class files are read stripped, so a label
     * like "untied_shoes " must map to the same id as "untied_shoes"), without control characters (a class
     * file holding them is refused as not text; VOC drops them the same way).
     */
    static String className(String label) {
        return label.replaceAll("[\\r\\n]+", " ").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "").strip();
    }

    static String placeholder(int id) {
        return "class_" + id;
    }

    static OptionalInt placeholderId(String label) {
        Matcher m = PLACEHOLDER.matcher(label);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
