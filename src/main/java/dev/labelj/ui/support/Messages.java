package dev.labelj.ui.support;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of the user interface, from resource bundles (English and Simplified Chinese). */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.labelj.ui.messages");

    private Messages() {
    }

    public static String get(String key, Object... args) {
        try {
            String pattern = BUNDLE.getString(key);
            return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
