package dev.labelj.io;

/**
 * Text taken from a file or a command line, made fit for a one-line message: control characters (an ESC
 * sequence would drive the terminal) are shown escaped, and a long value is cut, so a 10 MB number is
 * quoted as its first characters, not echoed whole.
 */
public final class InputText {
    /** At most this many characters of the input are quoted. */
    public static final int MAX_QUOTED = 80;

    private InputText() {
    }

    /** {@code text} in single quotes, cut to {@link #MAX_QUOTED} characters, control characters escaped. */
    public static String quote(String text) {
        String value = text == null ? "" : text;
        boolean cut = value.length() > MAX_QUOTED;
        String head = cut ? value.substring(0, MAX_QUOTED) : value;
        return "'" + escapeControls(head) + "'" + (cut ? "... (" + value.length() + " characters)" : "");
    }

    /** Like {@link #quote} without the quotes, for a name shown in brackets. */
    public static String shown(String text) {
        String value = text == null ? "" : text;
        return value.length() > MAX_QUOTED ? escapeControls(value.substring(0, MAX_QUOTED)) + "..."
                : escapeControls(value);
    }

    /** Control characters (C0, DEL, C1 and line/paragraph separators) as {@code \xNN} / {@code \\uNNNN}. */
    public static String escapeControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (control) {
                out.append(c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Whether {@code text} holds half of a UTF-16 surrogate pair: JSON's {@code "\ud800"} decodes to one, and no
     * file format can write it (XML drops it, UTF-8 cannot encode it), so a label holding one would be emptied.
     */
    public static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
