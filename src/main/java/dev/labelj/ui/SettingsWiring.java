package dev.labelj.ui;

import dev.labelj.settings.RecentEntry;
import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.actions.CommandAction;
import dev.labelj.ui.actions.RecentMenu;
import dev.labelj.ui.actions.ResetSettingsCommand;
import dev.labelj.ui.session.HistoryRecorder;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.session.SettingsStartup;
import dev.labelj.ui.session.StartupNotice;
import dev.labelj.ui.support.FileDialogs;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.ThemeSupport;
import dev.labelj.ui.support.WindowPlacement;
import java.awt.Component;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.SwingUtilities;

/**
 * Connects the settings store to the window: remembered images and folders, the Open Recent and
 * Reset Settings menu items, window placement, the start-up notice, and the save at close.
 */
final class SettingsWiring {
    private final MainWindow window;
    private final ImageSession browser;
    private final SettingsStore store;
    private final Thread shutdownHook = new Thread(this::saveAtExit, "settings-save-at-exit");
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    SettingsWiring(MainWindow window, ImageSession browser, SettingsStore store) {
        this.window = window;
        this.browser = browser;
        this.store = store;
    }

    void beforeShow() {
        browser.setRememberedImage(folder -> store.history().lastImageIn(folder));
        browser.addListener(new HistoryRecorder(store, browser));
        window.setFileDialogs(FileDialogs.rememberingIn(store));
        installMenuItems(browser::openRecent);
        WindowPlacement.restoreBounds(window, store);
        store.onSaveFailure(e -> SwingUtilities.invokeLater(
                () -> window.showStatus(Messages.get("status.settingsSaveFailed", store.file(), e.getMessage()))));
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                closeStore();
            }
        });
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        window.getRootPane().putClientProperty(App.SETTINGS_SAVED_AT_CLOSE, closed);
    }

    void afterShow(SettingsStartup startup) {
        WindowPlacement.restoreDivider(window.splitPane(), store);
        WindowPlacement.track(window, window.splitPane(), store);
        startup.notice().ifPresent(text -> browser.addListener(new StartupNotice(text, window::showStatus)));
    }

    private void installMenuItems(Consumer<RecentEntry> openRecent) {
        JMenu file = window.fileMenu();
        file.insert(new RecentMenu(store, openRecent, window::showStatus), 1);
        CommandAction reset = new ResetSettingsCommand(window, store,
                () -> ThemeSupport.switchTo(store.settings().theme()), window::showStatus).action();
        JMenuItem resetItem = new JMenuItem(reset);
        resetItem.setName("resetSettings");
        file.insert(resetItem, indexOfQuit(file));
    }

    /** Reset sits just above the separator before Quit, wherever other items have been added. */
    private static int indexOfQuit(JMenu file) {
        Component[] items = file.getMenuComponents();
        for (int i = 0; i < items.length; i++) {
            if (items[i] instanceof JMenuItem item && item.getAction() != null
                    && "quit".equals(item.getAction().getValue(javax.swing.Action.ACTION_COMMAND_KEY))) {
                return i > 0 && items[i - 1] instanceof JPopupMenu.Separator ? i - 1 : i;
            }
        }
        return items.length;
    }

    /**
     * Saves on the store's own thread, then drops the exit hook, which would otherwise keep this window's
     * objects reachable for the life of the JVM. If the JVM exits first, the hook waits for the save.
     */
    private void closeStore() {
        store.closeInBackground().whenComplete((done, error) -> {
            if (error != null) {
                System.err.println("labelj: could not save settings to " + store.file() + ": " + error.getMessage());
            }
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException exiting) {
                // The JVM is already shutting down; the hook is running and waits for this same save.
            }
            closed.complete(null);
        });
    }

    private void saveAtExit() {
        try {
            store.closeInBackground().join();
        } catch (RuntimeException e) {
            System.err.println("labelj: could not save settings to " + store.file() + ": " + e.getMessage());
        }
    }

    /** The exit hook this window registered (removed once its settings are saved at close). */
    Thread shutdownHook() {
        return shutdownHook;
    }

    /** Completes once the store is closed after the window closed and the exit hook is gone. */
    CompletableFuture<Void> closed() {
        return closed;
    }
}
