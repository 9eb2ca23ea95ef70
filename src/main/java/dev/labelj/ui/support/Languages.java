package dev.labelj.ui.support;

import java.util.List;
import java.util.Locale;

/**
 * The languages the interface speaks. A choice is a BCP 47 tag as the settings file keeps it; "" follows the
 * system. It takes effect at start-up: Swing components read their words once, when they are built.
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

    /** At start-up, before any window: makes {@code tag} the default locale ("" restores the system's). */
    public static void apply(String tag) {
        Locale.setDefault(localeOf(tag));
    }

    /** The locale a choice stands for. */
    public static Locale localeOf(String tag) {
        return tag == null || tag.isBlank() ? SYSTEM_LOCALE : Locale.forLanguageTag(tag);
    }
}
