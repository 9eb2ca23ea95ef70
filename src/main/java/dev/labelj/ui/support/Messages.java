package dev.labelj.ui.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the user interface, from resource bundles (English and Simplified Chinese), in the default
 * locale: the language is chosen at start-up ({@link Languages#apply}), before any window is built.
 */
public final class Messages {
    private static final String BASE = "dev.labelj.ui.messages";
    private static volatile Loaded loaded;

    private record Loaded(Locale locale, ResourceBundle bundle) {
    }

    private Messages() {
    }

    public static String get(String key, Object... args) {
        return format(bundle(), key, args);
    }

    /** In {@code locale}, whatever the default: e.g. to say "applies at next start" in the language just chosen. */
    public static String in(Locale locale, String key, Object... args) {
        return format(ResourceBundle.getBundle(BASE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), key, args);
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * Loads the words and runs the formatter once (together about 15 ms the first time): called while the EDT
     * waits for the look and feel, so the window's first words cost nothing then.
     */
    public static void warmUp() {
        bundle();
        MessageFormat.format("{0} {1}", "", 1);
    }

    /** Re-read only when the default locale changed (tests start windows in several languages). */
    private static ResourceBundle bundle() {
        Locale locale = Locale.getDefault();
        Loaded now = loaded;
        if (now == null || !now.locale().equals(locale)) {
            now = new Loaded(locale, ResourceBundle.getBundle(BASE, locale));
            loaded = now;
        }
        return now.bundle();
    }
}
