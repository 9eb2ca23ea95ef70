package dev.labelj.ui;

import dev.labelj.settings.SettingsStore;
import dev.labelj.settings.Theme;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.actions.ChoiceMenu;
import dev.labelj.ui.actions.ShortcutsDialog;
import dev.labelj.ui.support.AboutBox;
import dev.labelj.ui.support.Languages;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.ThemeSupport;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.swing.JFrame;
import javax.swing.JOptionPane;

/**
 * Defines the View menu's Theme and Language choices and the Help menu: the theme switches live and is
 * remembered; the language is remembered and applies at the next start (said so in the language chosen).
 */
public final class LooksCommands {
    private static final Map<ActionId, Theme> THEMES = Map.of(ActionId.THEME_LIGHT, Theme.LIGHT,
            ActionId.THEME_DARK, Theme.DARK, ActionId.THEME_SYSTEM, Theme.SYSTEM);
    private static final Map<ActionId, String> LANGUAGES = Map.of(ActionId.LANGUAGE_SYSTEM, Languages.SYSTEM,
            ActionId.LANGUAGE_ENGLISH, Languages.ENGLISH, ActionId.LANGUAGE_CHINESE, Languages.CHINESE);

    private final JFrame window;
    private final SettingsStore store;

    public LooksCommands(JFrame window, SettingsStore store) {
        this.window = window;
        this.store = store;
    }

    public void defineIn(AppActions actions) {
        THEMES.forEach((id, theme) -> choice(actions, id, () -> chooseTheme(theme),
                () -> store.settings().theme() == theme));
        LANGUAGES.forEach((id, tag) -> choice(actions, id, () -> chooseLanguage(tag),
                () -> store.settings().language().equals(tag)));
        actions.define(ActionId.SHORTCUTS, () -> ShortcutsDialog.show(window));
        actions.define(ActionId.ABOUT, () -> AboutBox.show(window));
    }

    private static void choice(AppActions actions, ActionId id, Runnable choose, BooleanSupplier chosen) {
        actions.define(id, choose).putValue(ChoiceMenu.CHOSEN, chosen);
    }

    private void chooseTheme(Theme theme) {
        store.updateSettings(s -> s.withTheme(theme));
        ThemeSupport.switchTo(theme);
    }

    private void chooseLanguage(String tag) {
        if (store.settings().language().equals(tag)) {
            return;
        }
        store.updateSettings(s -> s.withLanguage(tag));
        java.util.Locale chosen = Languages.localeOf(tag);
        JOptionPane.showMessageDialog(window, Messages.in(chosen, "language.nextStart"),
                Messages.in(chosen, "language.title"), JOptionPane.INFORMATION_MESSAGE);
    }
}
