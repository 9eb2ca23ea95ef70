package dev.labelj.support;

import dev.labelj.ui.App;
import dev.labelj.ui.SettingsWiring;
import dev.labelj.ui.session.LaunchOptions;
import java.awt.Frame;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;

/**
 * Launch and clean-up shared by the window tests: each launch reads and writes its own settings file,
 * and clean-up waits for the close-time settings save so the test's temporary folder can be deleted.
 */
public final class AppFixture {
    private static final int IDLE_TIMEOUT_MS = 1000;

    private AppFixture() {
    }

    /** For @BeforeAll: a display is required and Swing calls off the EDT fail the test. */
    public static void setUpClass() {
        GuiTests.requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    /** Starts the app on the EDT with {@code settingsFile} and returns it with a fixture on its window. */
    public static Launched launch(LaunchOptions options, Path settingsFile) {
        App app = GuiActionRunner.execute(() -> App.start(options.withSettingsFile(settingsFile)));
        // the side panels are made a moment after the first picture (or after a quarter of a second)
        try {
            app.windowCompleted().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the window was not completed", e);
        }
        FrameFixture window = new FrameFixture(app.window());
        // The robot waits for the event queue to go idle after every key and click, up to this long. Now and then
        // (in two of five full runs here) its idle probe is never dispatched and every action then costs the
        // whole wait: ten seconds by default turned a 30 s test class into one that outlasted CI. Tests wait
        // for what they check with explicit conditions, so a short idle wait loses nothing.
        window.robot().settings().idleTimeout(IDLE_TIMEOUT_MS);
        window.focus();
        return new Launched(app, window);
    }

    /** An app and the fixture on its main window. */
    public record Launched(App app, FrameFixture window) {
    }

    /** Closes the fixture's window (if any) and waits until its settings are saved. */
    public static void cleanUp(FrameFixture window) {
        if (window == null) {
            return;
        }
        Frame frame = window.target();
        window.cleanUp();
        awaitSettingsSaved(frame);
    }

    /** Waits for the close-time settings save of a main window that has been closed. */
    public static void awaitSettingsSaved(Frame frame) {
        Object saved = frame instanceof JFrame jframe
                ? GuiActionRunner.execute(() -> jframe.getRootPane().getClientProperty(SettingsWiring.SETTINGS_SAVED_AT_CLOSE))
                : null;
        if (saved instanceof CompletableFuture<?> future) {
            try {
                future.get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("settings were not saved after the window closed", e);
            }
        }
    }
}
