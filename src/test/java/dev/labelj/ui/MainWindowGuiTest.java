package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.GuiTests;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowGuiTest {
    private FrameFixture window;
    private App app;
    @TempDir
    Path settingsHome;

    @BeforeAll
    static void installRepaintCheck() {
        GuiTests.requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
        // Let the window's closing settings save finish before the temporary folder is deleted.
        GuiActionRunner.execute(() -> null);
        GuiActionRunner.execute(() -> null);
    }

    private void launch(Path images) {
        // A fresh settings file: remembered last images must not move where these tests start.
        Path settings = settingsHome.resolve("settings.json");
        app = GuiActionRunner.execute(() -> App.start(LaunchOptions.ofImages(images).withSettingsFile(settings)));
        window = new FrameFixture(app.window());
        window.focus();
        waitForTitle("[1 / ");
    }

    @Test
    void pressingDTwiceShowsTheThirdImageInNaturalOrder() {
        launch(Path.of("data/images"));
        waitForImage();

        window.pressAndReleaseKeys(KeyEvent.VK_D);
        waitForTitle("[2 / 8]");
        window.pressAndReleaseKeys(KeyEvent.VK_D);
        waitForTitle("[3 / 8]");

        assertThat(window.target().getTitle()).isEqualTo("LabelJ \u2014 cameraman.png [3 / 8]");
        waitForImage();
        assertThat(GuiActionRunner.execute(() -> app.window().imageView().image().getWidth())).isEqualTo(512);
    }

    @Test
    void pressingAGoesBackAndStopsAtTheFirstImage() {
        launch(Path.of("data/images"));
        window.pressAndReleaseKeys(KeyEvent.VK_D);
        waitForTitle("[2 / 8]");
        window.pressAndReleaseKeys(KeyEvent.VK_A);
        waitForTitle("[1 / 8]");
        window.pressAndReleaseKeys(KeyEvent.VK_A);
        Pause.pause(200);
        assertThat(window.target().getTitle()).isEqualTo("LabelJ \u2014 astronaut-portrait.jpg [1 / 8]");
    }

    private void waitForTitle(String part) {
        Pause.pause(new Condition("title contains " + part) {
            @Override
            public boolean test() {
                return window.target().getTitle().contains(part);
            }
        }, Timeout.timeout(Duration.ofSeconds(10).toMillis()));
    }

    private void waitForImage() {
        Pause.pause(new Condition("an image is shown") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> !app.window().imageView().isBusy()
                        && app.window().imageView().image() != null);
            }
        }, Timeout.timeout(Duration.ofSeconds(20).toMillis()));
    }
}
