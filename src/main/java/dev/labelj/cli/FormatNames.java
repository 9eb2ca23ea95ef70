package dev.labelj.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** The values {@code --format} accepts. */
final class FormatNames implements Iterable<String> {
    private static final List<String> NAMES = List.of("voc", "yolo", "createml");

    static boolean isKnown(String name) {
        return NAMES.contains(normalise(name));
    }

    static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    static String list() {
        return String.join(", ", NAMES);
    }

    @Override
    public Iterator<String> iterator() {
        return NAMES.iterator();
    }
}
