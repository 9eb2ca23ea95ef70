package dev.labelj.ui;

import dev.labelj.image.OpenCv;
import dev.labelj.settings.RecentEntry;
import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.panels.AnnotationStatusLookup;
import dev.labelj.ui.support.LaunchPlan;
import dev.labelj.ui.support.SettingsStartup;
import dev.labelj.ui.support.StartupTrace;
import dev.labelj.ui.support.ThemeSupport;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.SwingUtilities;

/** Composition root: builds the window and its collaborators and wires them together. */
public final class App {
    /**
     * Root-pane client property of the main window: a {@code CompletableFuture} done once the settings
     * are saved after the window closed (tests wait for it before deleting their folders).
     */
    public static final String SETTINGS_SAVED_AT_CLOSE = "labelj.settingsSavedAtClose";

    private final MainWindow window;
    private final ImageBrowser browser;
    private final SettingsStore settings;
    private final SettingsWiring settingsWiring;
    private LaunchPlan plan;

    private App(LaunchOptions options, SettingsStartup startup) {
        settings = startup.store();
        // Command-line values win for this launch and are remembered (the folder when it opens).
        plan = startup.plan();
        options.format().ifPresent(format -> settings.updateSettings(s -> s.withSaveFormat(format)));
        browser = new ImageBrowser();
        // the scan runs while the window is built; its result reaches the window through the EDT
        plan.images().ifPresent(browser::open);
        StartupWarmup.awaitLookAndFeel();
        ThemeSupport.ensure(settings.settings().theme());
        StartupTrace.mark("look and feel installed");
        window = new MainWindow(browser);
        browser.addListener(window);
        window.setFolderOpener(this::openFolder);
        settingsWiring = new SettingsWiring(window, browser, settings);
        window.fileList().setStatusLookup(new AnnotationStatusLookup(() -> plan.saveDir())::status);
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
        app.settingsWiring.beforeShow(() -> app.plan, app::openRecent);
        app.window.setVisible(true);
        app.settingsWiring.afterShow(startup);
        StartupTrace.mark("window shown");
        return app;
    }

    private void openRecent(RecentEntry entry) {
        plan = plan.reopening(entry);
        browser.open(entry.path());
    }

    /** Open Dir: the plan changes first, so the folder is remembered with its own save dir. */
    private void openFolder(Path folder) {
        plan = plan.openingFolder(folder, settings.history());
        browser.open(folder);
    }

    public MainWindow window() {
        return window;
    }

    public ImageBrowser browser() {
        return browser;
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

    /** The folder, class file, save dir and format this run of the app works with. */
    public LaunchPlan plan() {
        return plan;
    }
}
