package dev.labelj.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.labelj.settings.Theme;
import javax.swing.UIManager;
import org.junit.jupiter.api.Test;

class ThemeSupportTest {
    @Test
    void explicitThemesWinAndSystemFollowsWhatTheDesktopSaid() {
        assertThat(ThemeSupport.isDark(Theme.DARK, false)).isTrue();
        assertThat(ThemeSupport.isDark(Theme.LIGHT, true)).isFalse();
        assertThat(ThemeSupport.isDark(Theme.SYSTEM, true)).isTrue();
        assertThat(ThemeSupport.isDark(Theme.SYSTEM, false)).isFalse();
    }

    /** FlatLaf parses Swing's HTML style sheet while it installs exactly when a link colour is set (ADR 0181). */
    @Test
    void eitherLookInstallsWithoutALinkColourSoNoHtmlStyleSheetIsParsedAtStart() {
        try {
            ThemeSupport.install(Theme.DARK);
            assertThat(UIManager.getLookAndFeel()).isInstanceOf(FlatDarkLaf.class);
            assertThat(UIManager.getColor("Component.linkColor")).isNull();

            ThemeSupport.setUpLight();
            assertThat(UIManager.getLookAndFeel()).isInstanceOf(FlatLightLaf.class);
            assertThat(UIManager.getColor("Component.linkColor")).isNull();
            // the rest of the look is FlatLaf's own
            assertThat(UIManager.getColor("Component.accentColor")).isNotNull();
        } finally {
            ThemeSupport.setUpLight();
        }
    }
}
