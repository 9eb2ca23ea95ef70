package dev.labelj.ui;

import dev.labelj.image.OpenCv;
import dev.labelj.ui.support.StartupTrace;
import javax.swing.SwingUtilities;

/** Composition root: builds the window and its collaborators and wires them together. */
public final class App {
    private final MainWindow window;
    private final ImageBrowser browser;

    private App(LaunchOptions options) {
        browser = new ImageBrowser();
        // the scan runs while the window is built; its result reaches the window through the EDT
        options.imagePath().ifPresent(browser::open);
        StartupWarmup.awaitLookAndFeel();
        StartupTrace.mark("look and feel installed");
        window = new MainWindow(browser);
        browser.addListener(window);
    }

    /** Opens the main window for these options; returns at once (the window runs on the EDT). */
    public static void launch(LaunchOptions options) {
        StartupTrace.enable(options.traceTiming());
        StartupTrace.mark("main");
        OpenCv.loadInBackground();
        SwingUtilities.invokeLater(() -> start(options));
    }

    /** Builds and shows the window on the EDT; returns the app so tests can reach it. */
    public static App start(LaunchOptions options) {
        App app = new App(options);
        StartupTrace.mark("window built");
        app.window.setVisible(true);
        StartupTrace.mark("window shown");
        return app;
    }

    public MainWindow window() {
        return window;
    }

    public ImageBrowser browser() {
        return browser;
    }
}
