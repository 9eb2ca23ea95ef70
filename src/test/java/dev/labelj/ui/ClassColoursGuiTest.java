package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.SampleImages;
import dev.labelj.ui.canvas.LabelColors;
import dev.labelj.ui.session.LaunchOptions;
import java.awt.Color;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In the real window, boxes take their class's colour from its place in the session's class list: the class
 * file's classes at once, labels typed for new boxes as they join the list, and the colour stays with the class
 * on the next image.
 */
@org.junit.jupiter.api.Timeout(value = 120, unit = TimeUnit.SECONDS,
        threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class ClassColoursGuiTest {
    @TempDir
    Path home;
    private FrameFixture window;

    @BeforeAll
    static void display() {
        AppFixture.setUpClass();
    }

    @AfterEach
    void close() {
        AppFixture.cleanUp(window);
    }

    @Test
    void classesAndNewLabelsGetTheColourOfTheirPlaceInTheClassList() throws Exception {
        Path images = SampleImages.copyInto(home);
        Path classes = Files.writeString(home.resolve("classes.txt"), "dog\nbicycle\n");
        Path settings = Files.writeString(home.resolve("settings.json"), "{\"version\": 1, \"settings\": {}}");
        LaunchOptions options = new LaunchOptions(Optional.of(images), Optional.of(classes),
                Optional.of(home.resolve("labels")), Optional.of("voc"), Optional.empty(), false, false);
        AppFixture.Launched launched = AppFixture.launch(options, settings);
        App app = launched.app();
        window = launched.window();
        CanvasDriver driver = new CanvasDriver(app, window);
        driver.waitForImage("astronaut-portrait.jpg");
        CanvasDriver.waitFor("the class file read",
                () -> GuiActionRunner.execute(app::labelsOffered).contains("bicycle"));

        assertThat(colourOf(app, "dog")).isEqualTo(LabelColors.ofClass(indexOf(app, "dog")));
        assertThat(colourOf(app, "bicycle")).isEqualTo(LabelColors.ofClass(indexOf(app, "bicycle")));

        driver.drawBox(driver.viewOf(10, 10), driver.viewOf(60, 60));
        driver.answerLabel("giraffe");
        driver.drawBox(driver.viewOf(80, 80), driver.viewOf(140, 140));
        driver.answerLabel("zebra");

        Color giraffe = colourOf(app, "giraffe");
        assertThat(giraffe).isEqualTo(LabelColors.ofClass(indexOf(app, "giraffe")))
                .isNotEqualTo(LabelColors.of("giraffe"));
        assertThat(colourOf(app, "zebra")).isEqualTo(LabelColors.ofClass(indexOf(app, "zebra")));
        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        driver.waitForFile(home.resolve("labels/astronaut-portrait.xml"));
        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("astronaut.jpg");
        assertThat(colourOf(app, "giraffe")).as("kept on the next image").isEqualTo(giraffe);
    }

    private static Color colourOf(App app, String label) {
        return GuiActionRunner.execute(() -> app.canvas().palette().of(label));
    }

    private static int indexOf(App app, String label) {
        List<String> offered = GuiActionRunner.execute(app::labelsOffered);
        assertThat(offered).contains(label);
        return offered.indexOf(label);
    }
}
