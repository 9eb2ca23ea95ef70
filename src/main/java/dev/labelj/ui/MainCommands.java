package dev.labelj.ui;

import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.actions.ResetSettingsCommand;
import dev.labelj.ui.results.ResultsViewer;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.support.FileDialogs;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.ThemeSupport;
import java.util.List;
import javax.swing.JOptionPane;

/** Defines the window-level commands: folders, navigation, settings, help. */
final class MainCommands {
    private final MainWindow window;
    private final ImageSession session;
    private final SettingsStore store;

    MainCommands(MainWindow window, ImageSession session, SettingsStore store) {
        this.window = window;
        this.session = session;
        this.store = store;
    }

    void defineIn(AppActions actions) {
        actions.define(ActionId.OPEN_DIR, this::chooseFolder);
        actions.define(ActionId.NEXT_IMAGE, session::next, session::hasNext);
        actions.define(ActionId.PREVIOUS_IMAGE, session::previous, session::hasPrevious);
        actions.define(ActionId.RESCAN, session::rescan);
        actions.define(ActionId.QUIT, window::dispose);
        actions.define(ActionId.TRAINING_RESULTS, () -> ResultsViewer.show(List.of()));
        actions.define(ActionId.RESET_SETTINGS, new ResetSettingsCommand(window, store,
                () -> ThemeSupport.switchTo(store.settings().theme()), window::showStatus));
        actions.define(ActionId.ABOUT, this::showAbout);
    }

    private void chooseFolder() {
        FileDialogs.rememberingIn(store).chooseFolder(window, "openDir")
                .ifPresent(folder -> session.openFolder(folder, store.history()));
    }

    private void showAbout() {
        JOptionPane.showMessageDialog(window, Messages.get("about.text", System.getProperty("java.version")),
                Messages.get("app.name"), JOptionPane.INFORMATION_MESSAGE);
    }
}
