package dev.labelj.io;

/** Makes text safe for XML 1.0: C0 controls (other than tab, LF, CR), lone surrogates and U+FFFE/F go. */
public final class XmlText {
    private XmlText() {
    }

    public static String clean(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean keep = isAllowed(text, i, c);
            if (keep && Character.isHighSurrogate(c)) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (!keep && out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            } else if (keep && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isAllowed(String text, int i, char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return false;
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}
