package dev.labelj.ui.support;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.labelj.settings.Theme;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * Installs the light or dark look; "system" follows the desktop ({@link DesktopTheme}), light when the
 * desktop does not say in time.
 */
public final class ThemeSupport {
    /** How long start-up waits for the desktop's answer; the tools answer in a few milliseconds. */
    private static final long STARTUP_WAIT_MILLIS = 500;
    /**
     * FlatLaf gives links in HTML text its accent colour by parsing Swing's whole HTML style sheet while it installs,
     * 20-30 ms of every start; LabelJ's HTML text has no links, so without that colour the sheet is parsed when HTML
     * is first shown, if ever (docs/adr/0181).
     */
    private static final Map<String, String> NO_LINK_COLOUR = Map.of("Component.linkColor", "null");
    /** Counts choices, so a slow desktop answer never undoes a later explicit choice. */
    private static int choice;

    private ThemeSupport() {
    }

    /** As early as possible at start-up, on any thread: starts asking the desktop whether it is dark. */
    public static void prepare() {
        DesktopTheme.detect();
    }

    /** Before any window exists. */
    public static void install(Theme theme) {
        setUp(isDark(theme, theme == Theme.SYSTEM && DesktopTheme.darkWithin(STARTUP_WAIT_MILLIS)));
    }

    /** Before any window exists, after a light look may already be installed: installs only what differs. */
    public static void ensure(Theme theme) {
        boolean dark = isDark(theme, theme == Theme.SYSTEM && DesktopTheme.darkWithin(STARTUP_WAIT_MILLIS));
        if (!(UIManager.getLookAndFeel() instanceof FlatLaf) || dark != FlatLaf.isLafDark()) {
            setUp(dark);
        }
    }

    /**
     * While windows are open (EDT): switches the look and repaints every window in place. "System" asks the
     * desktop again off the event thread and switches when it answers; the future completes once applied.
     */
    public static CompletableFuture<Void> switchTo(Theme theme) {
        int mine = ++choice;
        if (theme != Theme.SYSTEM) {
            apply(isDark(theme, false));
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> applied = new CompletableFuture<>();
        DesktopTheme.detectAgain().thenAccept(dark -> SwingUtilities.invokeLater(() -> {
            if (mine == choice) {
                apply(dark);
            }
            applied.complete(null);
        }));
        return applied;
    }

    private static void apply(boolean dark) {
        if (UIManager.getLookAndFeel() instanceof FlatLaf && dark == FlatLaf.isLafDark()) {
            return;
        }
        setUp(dark);
        FlatLaf.updateUI();
    }

    /** The light look, before any window exists, on any thread. */
    public static void setUpLight() {
        setUp(false);
    }

    private static void setUp(boolean dark) {
        FlatLaf.setGlobalExtraDefaults(NO_LINK_COLOUR);
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** {@code desktopDark}: what the desktop said, used only for {@link Theme#SYSTEM}. */
    static boolean isDark(Theme theme, boolean desktopDark) {
        return switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> desktopDark;
        };
    }
}
