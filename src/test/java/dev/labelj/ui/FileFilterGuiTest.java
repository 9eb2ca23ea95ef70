package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.support.SampleImages;
import dev.labelj.ui.session.LaunchOptions;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JList;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file list's filter, typed into as a user does: the list narrows, and the clear button brings it all back. */
@GuiTest
class FileFilterGuiTest {
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
    void typingNarrowsTheListAndTheClearButtonThatAppearsBringsItBack() throws Exception {
        Path images = SampleImages.copyInto(home);
        LaunchOptions options = new LaunchOptions(Optional.of(images), Optional.of(Path.of("predefined_classes.txt")),
                Optional.empty(), Optional.empty(), Optional.empty(), false, false);
        AppFixture.Launched launched = AppFixture.launch(options, home.resolve("settings.json"));
        window = launched.window();
        new CanvasDriver(launched.app(), window).waitForImage("astronaut-portrait.jpg");
        JList<?> list = window.list("fileList").target();
        int all = GuiActionRunner.execute(() -> list.getModel().getSize());
        assertThat(all).isEqualTo(8);

        window.textBox("fileFilter").click().enterText("coffee");

        CanvasDriver.waitFor("the list narrowed", () -> GuiActionRunner.execute(() -> list.getModel().getSize()) == 1);
        assertThat(GuiActionRunner.execute(() -> String.valueOf(list.getModel().getElementAt(0)))).contains("coffee");
        JButton clear = window.robot().finder().find(window.target(), new GenericTypeMatcher<>(JButton.class, true) {
            @Override
            protected boolean isMatching(JButton button) {
                return "TextField.clearButton".equals(button.getName());
            }
        });
        window.robot().click(clear);
        CanvasDriver.waitFor("the whole list back", () -> GuiActionRunner.execute(() -> list.getModel().getSize()) == all);
        assertThat(window.textBox("fileFilter").text()).isEmpty();
    }
}
