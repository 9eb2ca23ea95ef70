package dev.labelj.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each platform's answer as its tool prints it; a missing tool or an unknown answer means light. */
class DesktopThemeTest {
    private final List<List<String>> asked = new ArrayList<>();

    private Function<List<String>, Optional<String>> answers(Map<String, String> byLastWord) {
        return command -> {
            asked.add(command);
            return Optional.ofNullable(byLastWord.get(command.get(command.size() - 1)));
        };
    }

    private static final Map<String, String> SESSION = Map.of("XDG_CURRENT_DESKTOP", "GNOME");

    @Test
    void gnomeColourSchemeDecidesAndTheOlderThemeNameIsTheFallback() {
        assertThat(DesktopTheme.prefersDark(SESSION, "Linux",
                answers(Map.of("color-scheme", "'prefer-dark'\n", "gtk-theme", "'Adwaita'\n")))).isTrue();
        assertThat(DesktopTheme.prefersDark(SESSION, "Linux",
                answers(Map.of("color-scheme", "'prefer-light'\n", "gtk-theme", "'Adwaita-dark'\n")))).isFalse();
        assertThat(DesktopTheme.prefersDark(SESSION, "Linux",
                answers(Map.of("color-scheme", "'default'\n", "gtk-theme", "'Adwaita-dark'\n")))).isTrue();
        assertThat(DesktopTheme.prefersDark(SESSION, "Linux",
                answers(Map.of("color-scheme", "'default'\n", "gtk-theme", "'Yaru'\n")))).isFalse();
        assertThat(asked.get(0)).containsExactly("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
    }

    @Test
    void noToolMeansLightAndGtkThemeInTheEnvironmentWins() {
        assertThat(DesktopTheme.prefersDark(Map.of("GTK_THEME", "Adwaita:dark"), "Linux", answers(Map.of())))
                .isTrue();
        // outside a desktop session nothing is run at all
        assertThat(DesktopTheme.prefersDark(Map.of(), "Linux",
                answers(Map.of("color-scheme", "'prefer-dark'\n")))).isFalse();
        assertThat(asked).isEmpty();
        assertThat(DesktopTheme.prefersDark(SESSION, "Linux", answers(Map.of()))).isFalse();
        assertThat(asked).isEqualTo(List.of(
                List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"),
                List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")));
    }

    @Test
    void windowsRegistryAndMacDefaults() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertThat(DesktopTheme.prefersDark(Map.of(), "Windows 11", answers(Map.of("AppsUseLightTheme", dark))))
                .isTrue();
        assertThat(DesktopTheme.prefersDark(Map.of(), "Windows 11",
                answers(Map.of("AppsUseLightTheme", dark.replace("0x0", "0x1"))))).isFalse();
        assertThat(DesktopTheme.prefersDark(Map.of(), "Mac OS X", answers(Map.of("AppleInterfaceStyle", "Dark\n"))))
                .isTrue();
        // light mode on macOS: the key does not exist and the tool fails
        assertThat(DesktopTheme.prefersDark(Map.of(), "Mac OS X", answers(Map.of()))).isFalse();
    }
}
