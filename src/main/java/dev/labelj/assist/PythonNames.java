package dev.labelj.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the class names Ultralytics writes into a model's metadata: {@code str()} of a Python dict
 * ({@code {0: 'person', 1: "driver's seat"}}) or list ({@code ['person', 'car']}). Parsed as data by a small
 * tokenizer, never evaluated. Anything else (gaps in the ids, other value types, text after the end) gives
 * empty, and the names are looked for elsewhere.
 */
final class PythonNames {
    /** More ids than any real model: a hostile file cannot make us allocate a huge list. */
    private static final int MAX_CLASSES = 100_000;

    private final String text;
    private int at;

    private PythonNames(String text) {
        this.text = text;
    }

    static Optional<List<String>> parse(String literal) {
        if (literal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PythonNames(literal).literal());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private List<String> literal() {
        skipSpaces();
        List<String> names = peek() == '{' ? dict() : list();
        skipSpaces();
        if (at != text.length()) {
            throw new IllegalArgumentException("text after the end");
        }
        return names;
    }

    private List<String> dict() {
        expect('{');
        TreeMap<Integer, String> byId = new TreeMap<>();
        while (!consumeClosing('}')) {
            int id = integer();
            skipSpaces();
            expect(':');
            if (byId.put(id, string()) != null || byId.size() > MAX_CLASSES) {
                throw new IllegalArgumentException("repeated id");
            }
            separator('}');
        }
        List<String> names = new ArrayList<>(byId.values());
        // ids must be 0..n-1: a name's position is its id in the output
        if (!byId.isEmpty() && (byId.firstKey() != 0 || byId.lastKey() != byId.size() - 1)) {
            throw new IllegalArgumentException("ids are not 0..n-1");
        }
        return names;
    }

    private List<String> list() {
        expect('[');
        List<String> names = new ArrayList<>();
        while (!consumeClosing(']')) {
            names.add(string());
            if (names.size() > MAX_CLASSES) {
                throw new IllegalArgumentException("too many names");
            }
            separator(']');
        }
        return names;
    }

    private boolean consumeClosing(char closing) {
        skipSpaces();
        if (peek() == closing) {
            at++;
            return true;
        }
        return false;
    }

    private void separator(char closing) {
        skipSpaces();
        if (peek() == ',') {
            at++;
        } else if (peek() != closing) {
            throw new IllegalArgumentException("expected ',' or '" + closing + "'");
        }
    }

    private int integer() {
        skipSpaces();
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at)) && at - start < 7) {
            at++;
        }
        if (start == at) {
            throw new IllegalArgumentException("expected a class id");
        }
        return Integer.parseInt(text.substring(start, at));
    }

    private String string() {
        skipSpaces();
        char quote = peek();
        if (quote != '\'' && quote != '"') {
            throw new IllegalArgumentException("expected a quoted name");
        }
        at++;
        StringBuilder name = new StringBuilder();
        while (peek() != quote) {
            char c = text.charAt(at++);
            name.append(c == '\\' ? escaped() : c);
        }
        at++;
        return name.toString();
    }

    /**
     * The escapes Python's repr() writes in a str: quotes, backslash, newline, return, tab and the x, u and U
     * code-point escapes.
     */
    private String escaped() {
        char c = text.charAt(at++);
        return switch (c) {
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case 'x' -> codePoint(2);
            case 'u' -> codePoint(4);
            case 'U' -> codePoint(8);
            default -> String.valueOf(c);
        };
    }

    private String codePoint(int digits) {
        if (at + digits > text.length()) {
            throw new IllegalArgumentException("short escape");
        }
        int value = Integer.parseInt(text.substring(at, at + digits), 16);
        at += digits;
        if (!Character.isValidCodePoint(value)) {
            throw new IllegalArgumentException("bad escape");
        }
        return Character.toString(value);
    }

    private char peek() {
        if (at >= text.length()) {
            throw new IllegalArgumentException("unexpected end");
        }
        return text.charAt(at);
    }

    private void expect(char c) {
        skipSpaces();
        if (peek() != c) {
            throw new IllegalArgumentException("expected '" + c + "'");
        }
        at++;
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
