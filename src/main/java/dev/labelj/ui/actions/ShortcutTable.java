package dev.labelj.ui.actions;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The keyboard shortcuts, generated from {@link ActionId} itself so they are never out of date: every
 * command that has a key, with all its keys, its name and what it does. The Help dialog shows these rows;
 * the README prints {@link #markdown} (a test fails when the two differ).
 */
public final class ShortcutTable {
    /** Where the generated part of the README starts and ends. */
    public static final String START = "<!-- shortcuts:start (generated from ActionId: see ShortcutsReadmeTest) -->";
    public static final String END = "<!-- shortcuts:end -->";

    /** One command: its keys as a user reads them ("Ctrl+Z", several joined by " / "), name and tip. */
    public record Row(ActionId id, List<String> keys, String name, String description) {
        public String keyText() {
            return String.join(" / ", keys);
        }
    }

    private ShortcutTable() {
    }

    /** {@code words} looks a bundle key up (the UI's language, or English for the README). */
    public static List<Row> rows(ActionId.Scope scope, UnaryOperator<String> words) {
        List<Row> rows = new ArrayList<>();
        for (ActionId id : ActionId.values()) {
            if (id.scope() != scope || id.keyStrokes().isEmpty()) {
                continue;
            }
            List<String> keys = id.keyStrokes().stream().map(ActionId::describe).toList();
            rows.add(new Row(id, keys, name(words.apply("action." + id.key())),
                    words.apply("action." + id.key() + ".tip")));
        }
        return rows;
    }

    /** A name with a placeholder ("Format: {0}") reads "Format: …" out of context. */
    private static String name(String pattern) {
        return pattern.contains("{0}") ? MessageFormat.format(pattern, "\u2026") : pattern;
    }

    /** The README's table: one per window, between {@link #START} and {@link #END}. */
    public static String markdown(UnaryOperator<String> words) {
        StringBuilder text = new StringBuilder(START).append("\n");
        for (ActionId.Scope scope : ActionId.Scope.values()) {
            text.append("\n**").append(words.apply("shortcuts.scope." + scope.name().toLowerCase(java.util.Locale.ROOT)))
                    .append("**\n\n| ").append(words.apply("shortcuts.key")).append(" | ")
                    .append(words.apply("shortcuts.command")).append(" | ")
                    .append(words.apply("shortcuts.description")).append(" |\n|---|---|---|\n");
            for (Row row : rows(scope, words)) {
                text.append("| ").append(row.keys().stream().map(k -> "`" + k + "`").collect(Collectors.joining(" / ")))
                        .append(" | ").append(cell(row.name())).append(" | ").append(cell(row.description()))
                        .append(" |\n");
            }
        }
        return text.append("\n").append(END).toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
