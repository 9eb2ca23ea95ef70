package dev.labelj.ui;

import dev.labelj.support.GuiTest;
import dev.labelj.ui.session.LaunchOptions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.image.ImageFolder;
import dev.labelj.support.AppFixture;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.time.Duration;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@GuiTest
class MainWindowGuiTest {
    private FrameFixture window;
    private App app;
    @TempDir
    Path settingsHome;

    @BeforeAll
    static void installRepaintCheck() {
        AppFixture.setUpClass();
    }

    @AfterEach
    void close() {
        AppFixture.cleanUp(window);
    }

    private void launch(Path images) {
        // A fresh settings file: remembered last images must not move where these tests start.
        Path settings = settingsHome.resolve("settings.json");
        AppFixture.Launched launched = AppFixture.launch(LaunchOptions.ofImages(images), settings);
        app = launched.app();
        window = launched.window();
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
        assertThat(GuiActionRunner.execute(() -> app.canvas().picture().getWidth())).isEqualTo(512);
    }

    @Test
    void pressingAGoesBackAndStopsAtTheFirstImage() {
        launch(Path.of("data/images"));
        window.pressAndReleaseKeys(KeyEvent.VK_D);
        waitForTitle("[2 / 8]");
        window.pressAndReleaseKeys(KeyEvent.VK_A);
        waitForTitle("[1 / 8]");
        window.pressAndReleaseKeys(KeyEvent.VK_A);
        // The key has been handled once the EDT is idle; at the first image it must change nothing.
        window.robot().waitForIdle();
        assertThat(GuiActionRunner.execute(() -> app.session().index())).isZero();
        assertThat(window.target().getTitle()).isEqualTo("LabelJ \u2014 astronaut-portrait.jpg [1 / 8]");
    }

    @Test
    void altFOpensTheFileMenu() {
        launch(Path.of("data/images"));
        window.pressKey(KeyEvent.VK_ALT).pressAndReleaseKeys(KeyEvent.VK_F).releaseKey(KeyEvent.VK_ALT);
        try {
            org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("File menu open") {
                @Override
                public boolean test() {
                    return GuiActionRunner.execute(() -> app.window().fileMenu().isPopupMenuVisible());
                }
            }, org.assertj.swing.timing.Timeout.timeout(5000));
        } finally {
            GuiActionRunner.execute(() -> {
                javax.swing.MenuSelectionManager.defaultManager().clearSelectedPath();
                return null;
            });
        }
    }

    @Test
    void pagesThroughCorruptAndTruncatedImagesShowingTheErrorInPlace(@TempDir Path folder) throws Exception {
        try (var samples = Files.list(Path.of("data/images"))) {
            for (Path sample : samples.filter(ImageFolder::isImage).toList()) {
                Files.copy(sample, folder.resolve(sample.getFileName()));
            }
        }
        byte[] cat = Files.readAllBytes(Path.of("data/images/cat.jpg"));
        Files.write(folder.resolve("cat-corrupt.jpg"), "this is no image".getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve("coffee-cut.jpg"), Arrays.copyOf(cat, cat.length / 2));
        launch(folder);
        waitForImage();

        for (int shown = 2; shown <= 10; shown++) {
            window.pressAndReleaseKeys(KeyEvent.VK_D);
            waitForTitle("[" + shown + " / 10]");
            if (shown == 5 || shown == 7) {
                waitForMessage(shown == 5 ? "cat-corrupt.jpg" : "coffee-cut.jpg");
            } else {
                waitForImage();
            }
        }
        assertThat(window.target().getTitle()).isEqualTo("LabelJ \u2014 rocket.jpg [10 / 10]");
        assertThat(GuiActionRunner.execute(() -> app.canvas().picture().getWidth())).isEqualTo(640);

        GuiActionRunner.execute(() -> app.session().request(4));
        waitForTitle("[5 / 10]");
        waitForMessage("cat-corrupt.jpg");
        window.pressAndReleaseKeys(KeyEvent.VK_D);
        waitForTitle("[6 / 10]");
        waitForImage();
        assertThat(GuiActionRunner.execute(() -> app.canvas().imageWidth())).isEqualTo(451);
    }

    private void waitForMessage(String part) {
        Pause.pause(new Condition("the canvas says " + part) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> app.canvas().picture() == null
                        && !app.canvas().isBusy()
                        && String.valueOf(app.canvas().message()).contains(part));
            }
        }, Timeout.timeout(Duration.ofSeconds(20).toMillis()));
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
                return GuiActionRunner.execute(() -> !app.canvas().isBusy()
                        && app.canvas().picture() != null);
            }
        }, Timeout.timeout(Duration.ofSeconds(20).toMillis()));
    }
}
