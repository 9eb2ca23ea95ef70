package dev.labelj.ui.support;

import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;

/**
 * The languages the interface speaks. A choice is a BCP 47 tag as the settings file keeps it; "" follows the
 * system. It takes effect at start-up, and when chosen in the menu: the windows then read their words again
 * ({@link Words#relabel}, the actions' own relabel).
 */
public final class Languages {
    public static final String SYSTEM = "";
    public static final String ENGLISH = "en";
    public static final String CHINESE = "zh-CN";
    public static final List<String> ALL = List.of(SYSTEM, ENGLISH, CHINESE);

    /** The JVM's locale before any choice was applied: what "system" means. */
    private static final Locale SYSTEM_LOCALE = Locale.getDefault();

    private Languages() {
    }

    /**
     * Makes {@code tag} the default locale ("" restores the system's), for LabelJ's words and Swing's own
     * (the OK and Cancel of dialogs, the file chooser) in components built from now on.
     */
    public static void apply(String tag) {
        Locale locale = localeOf(tag);
        Locale.setDefault(locale);
        JComponent.setDefaultLocale(locale);
    }

    /** The locale a choice stands for. */
    public static Locale localeOf(String tag) {
        return tag == null || tag.isBlank() ? SYSTEM_LOCALE : Locale.forLanguageTag(tag);
    }
}
