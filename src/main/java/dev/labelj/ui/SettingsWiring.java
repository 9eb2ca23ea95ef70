package dev.labelj.ui;

import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.session.HistoryRecorder;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.session.SettingsStartup;
import dev.labelj.ui.session.StartupNotice;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.WindowPlacement;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.CompletableFuture;
import javax.swing.SwingUtilities;

/**
 * Connects the settings store to the window: remembered images and folders, window placement, the start-up
 * notice, and the save at close.
 */
public final class SettingsWiring {
    /**
     * Root-pane client property of the main window: a {@code CompletableFuture} done once the settings
     * are saved after the window closed (tests wait for it before deleting their folders).
     */
    public static final String SETTINGS_SAVED_AT_CLOSE = "labelj.settingsSavedAtClose";

    private final MainWindow window;
    private final ImageSession session;
    private final SettingsStore store;
    private final Thread shutdownHook = new Thread(this::saveAtExit, "settings-save-at-exit");
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final HistoryRecorder recorder;

    SettingsWiring(MainWindow window, ImageSession session, SettingsStore store) {
        this.window = window;
        this.session = session;
        this.store = store;
        this.recorder = new HistoryRecorder(store, session);
    }

    void beforeShow() {
        session.setRememberedImage(folder -> store.history().lastImageIn(folder));
        session.addListener(recorder);
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
        window.getRootPane().putClientProperty(SETTINGS_SAVED_AT_CLOSE, closed);
    }

    /**
     * After Reset → Everything: the open folder and image go back into the emptied history, so a plain
     * start resumes here, as it would have had the folder just been opened.
     */
    void rememberWhereTheUserIs() {
        recorder.recordNow();
    }

    void afterShow(SettingsStartup startup) {
        WindowPlacement.restoreDivider(window.splitPane(), store);
        WindowPlacement.track(window, window.splitPane(), store);
        startup.notice().ifPresent(text -> session.addListener(new StartupNotice(text, window::showStatus)));
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
