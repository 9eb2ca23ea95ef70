package dev.labelj.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.settings.Theme;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeSupportTest {
    @Test
    void explicitThemesWinAndSystemFollowsTheDesktopsDarkVariant() {
        assertThat(ThemeSupport.isDark(Theme.DARK, Map.of("GTK_THEME", "Adwaita"))).isTrue();
        assertThat(ThemeSupport.isDark(Theme.LIGHT, Map.of("GTK_THEME", "Adwaita:dark"))).isFalse();
        assertThat(ThemeSupport.isDark(Theme.SYSTEM, Map.of("GTK_THEME", "Adwaita:dark"))).isTrue();
        assertThat(ThemeSupport.isDark(Theme.SYSTEM, Map.of("GTK_THEME", "Yaru"))).isFalse();
        assertThat(ThemeSupport.isDark(Theme.SYSTEM, Map.of())).isFalse();
    }
}
