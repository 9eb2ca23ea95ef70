package dev.labelj.ui.commands;

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

/**
 * Defines the View menu's Theme and Language choices and the Help menu: the theme switches live and is
 * remembered; so does the language: the window's words are read again at once (Tools windows and the results
 * viewer already open keep theirs until they are opened again).
 */
public final class LooksCommands {
    private static final Map<ActionId, Theme> THEMES = Map.of(ActionId.THEME_LIGHT, Theme.LIGHT,
            ActionId.THEME_DARK, Theme.DARK, ActionId.THEME_SYSTEM, Theme.SYSTEM);
    private static final Map<ActionId, String> LANGUAGES = Map.of(ActionId.LANGUAGE_SYSTEM, Languages.SYSTEM,
            ActionId.LANGUAGE_ENGLISH, Languages.ENGLISH, ActionId.LANGUAGE_CHINESE, Languages.CHINESE);

    private final CommandWindow window;
    private final SettingsStore store;
    private final Runnable relabel;

    /** {@code relabel}: reads the window's words again after a language switch. */
    public LooksCommands(CommandWindow window, SettingsStore store, Runnable relabel) {
        this.window = window;
        this.store = store;
        this.relabel = relabel;
    }

    public void defineIn(AppActions actions) {
        THEMES.forEach((id, theme) -> choice(actions, id, () -> chooseTheme(theme),
                () -> store.settings().theme() == theme));
        LANGUAGES.forEach((id, tag) -> choice(actions, id, () -> chooseLanguage(tag),
                () -> store.settings().language().equals(tag)));
        actions.define(ActionId.SHORTCUTS, () -> ShortcutsDialog.show(window.frame()));
        actions.define(ActionId.ABOUT, () -> AboutBox.show(window.frame()));
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
        Languages.apply(tag);
        relabel.run();
        window.showStatus(Messages.get("status.languageSwitched"));
    }
}
