package dev.labelj.ui.support;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.labelj.settings.Theme;
import java.util.Locale;
import java.util.Map;
import javax.swing.UIManager;

/** Installs the light or dark look; "system" follows the desktop where it says (GTK_THEME), else light. */
public final class ThemeSupport {
    private ThemeSupport() {
    }

    /** Before any window exists. */
    public static void install(Theme theme) {
        if (isDark(theme, System.getenv())) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Before any window exists, after a light look may already be installed: installs only what differs. */
    public static void ensure(Theme theme) {
        if (!(UIManager.getLookAndFeel() instanceof FlatLaf) || isDark(theme, System.getenv()) != FlatLaf.isLafDark()) {
            install(theme);
        }
    }

    /** While windows are open: switches the look and repaints every window in place. */
    public static void switchTo(Theme theme) {
        boolean wantDark = isDark(theme, System.getenv());
        if (wantDark == FlatLaf.isLafDark()) {
            return;
        }
        install(theme);
        FlatLaf.updateUI();
    }

    static boolean isDark(Theme theme, Map<String, String> environment) {
        return switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> environment.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT).contains("dark");
        };
    }
}
