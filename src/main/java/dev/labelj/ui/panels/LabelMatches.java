package dev.labelj.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which known labels fit what the user typed: the list shows every label containing the text (names that
 * start with it first), and the field completes inline to the first label that starts with it.
 */
final class LabelMatches {
    private LabelMatches() {
    }

    /** The labels containing {@code query}, ignoring case; those starting with it come first, in list order. */
    static List<String> filter(List<String> classes, String query) {
        String needle = query.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.copyOf(classes);
        }
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String name : classes) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(needle)) {
                starting.add(name);
            } else if (lower.contains(needle)) {
                containing.add(name);
            }
        }
        starting.addAll(containing);
        return starting;
    }

    /**
     * The first label that starts with {@code typed} and is longer than it. Case counts here: completing
     * "Dog" to "dog" would make a differently spelt new label impossible to type.
     */
    static Optional<String> completion(List<String> classes, String typed) {
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        return classes.stream().filter(name -> name.length() > typed.length() && name.startsWith(typed)).findFirst();
    }
}
