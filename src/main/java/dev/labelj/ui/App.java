package dev.labelj.ui;

import dev.labelj.image.OpenCv;
import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.actions.RecentMenu;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.canvas.ImageView;
import dev.labelj.ui.panels.AnnotationStatusLookup;
import dev.labelj.ui.panels.FileListPanel;
import dev.labelj.ui.panels.StatusBar;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.session.LaunchOptions;
import dev.labelj.ui.session.SettingsStartup;
import dev.labelj.ui.support.Messages;
import dev.labelj.ui.support.StartupTrace;
import dev.labelj.ui.support.ThemeSupport;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.swing.SwingUtilities;

/** Composition root: builds the window and its collaborators and wires them together; holds no session state. */
public final class App {
    /**
     * Root-pane client property of the main window: a {@code CompletableFuture} done once the settings
     * are saved after the window closed (tests wait for it before deleting their folders).
     */
    public static final String SETTINGS_SAVED_AT_CLOSE = "labelj.settingsSavedAtClose";

    private final MainWindow window;
    private final ImageView imageView = new ImageView();
    private final ImageSession session;
    private final SettingsStore settings;
    private final SettingsWiring settingsWiring;

    private App(LaunchOptions options, SettingsStartup startup) {
        settings = startup.store();
        // Command-line values win for this launch and are remembered (the folder when it opens).
        options.format().ifPresent(format -> settings.updateSettings(s -> s.withSaveFormat(format)));
        session = new ImageSession(startup.plan());
        // the scan runs while the window is built; its result reaches the window through the EDT
        session.openPlanned();
        StartupWarmup.awaitLookAndFeel();
        ThemeSupport.ensure(settings.settings().theme());
        StartupTrace.mark("look and feel installed");
        imageView.setHint(Messages.get("view.emptyHint"));
        FileListPanel fileList = new FileListPanel(session::request);
        StatusBar statusBar = new StatusBar();
        window = new MainWindow(imageView, fileList, statusBar);
        AppActions actions = new AppActions();
        new MainCommands(window, session, settings).defineIn(actions);
        window.install(actions, new RecentMenu(settings, session::openRecent, window::showStatus));
        imageView.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                session.setViewSize(imageView.getWidth(), imageView.getHeight());
            }
        });
        List.of(new WindowTitle(window), fileList, imageView, statusBar, refreshing(actions))
                .forEach(session::addListener);
        settingsWiring = new SettingsWiring(window, session, settings);
        fileList.setStatusLookup(new AnnotationStatusLookup(() -> session.plan().saveDir())::status);
    }

    private static BrowseListener refreshing(AppActions actions) {
        return new BrowseListener() {
            @Override
            public void imagesChanged(Path root, List<Path> images) {
                actions.refresh();
            }

            @Override
            public void loading(int index, Path image) {
                actions.refresh();
            }
        };
    }

    /** Opens the main window for these options; returns at once (the window runs on the EDT). */
    public static void launch(LaunchOptions options) {
        StartupTrace.enable(options.traceTiming());
        StartupTrace.mark("main");
        OpenCv.loadInBackground();
        SettingsStartup startup = SettingsStartup.open(options);
        StartupTrace.mark("settings loaded");
        SwingUtilities.invokeLater(() -> start(options, startup));
    }

    /** Builds and shows the window on the EDT; returns the app so tests can reach it. */
    public static App start(LaunchOptions options) {
        return start(options, SettingsStartup.open(options));
    }

    private static App start(LaunchOptions options, SettingsStartup startup) {
        String language = startup.store().settings().language();
        if (!language.isEmpty()) {
            Locale.setDefault(Locale.forLanguageTag(language));
        }
        App app = new App(options, startup);
        StartupTrace.mark("window built");
        app.settingsWiring.beforeShow();
        app.window.setVisible(true);
        app.settingsWiring.afterShow(startup);
        StartupTrace.mark("window shown");
        return app;
    }

    public MainWindow window() {
        return window;
    }

    public ImageView imageView() {
        return imageView;
    }

    public ImageSession session() {
        return session;
    }

    /** Tests: the window's settings exit hook, and when the close-time save has finished. */
    Thread settingsShutdownHook() {
        return settingsWiring.shutdownHook();
    }

    java.util.concurrent.CompletableFuture<Void> settingsClosed() {
        return settingsWiring.closed();
    }

    public SettingsStore settings() {
        return settings;
    }
}
