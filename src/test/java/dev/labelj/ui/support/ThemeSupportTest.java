package dev.labelj.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.settings.Theme;
import org.junit.jupiter.api.Test;

class ThemeSupportTest {
    @Test
    void explicitThemesWinAndSystemFollowsWhatTheDesktopSaid() {
        assertThat(ThemeSupport.isDark(Theme.DARK, false)).isTrue();
        assertThat(ThemeSupport.isDark(Theme.LIGHT, true)).isFalse();
        assertThat(ThemeSupport.isDark(Theme.SYSTEM, true)).isTrue();
        assertThat(ThemeSupport.isDark(Theme.SYSTEM, false)).isFalse();
    }
}
