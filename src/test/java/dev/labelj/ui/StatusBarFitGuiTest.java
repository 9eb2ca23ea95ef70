package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.support.SampleImages;
import dev.labelj.ui.session.LaunchOptions;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status bar at the window's first size (no remembered bounds), in each language: every field it shows is
 * whole and inside the window, however long the message on its left.
 */
@GuiTest
class StatusBarFitGuiTest {
    private static final Locale BEFORE = Locale.getDefault();

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
        Locale.setDefault(BEFORE);
        javax.swing.JComponent.setDefaultLocale(BEFORE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyFieldIsWholeAndInsideTheWindowAtTheFirstSize(String language) throws Exception {
        Path images = SampleImages.copyInto(home);
        Path labels = SampleImages.copyAnnotationsInto(home.resolve("labels"));
        Path settings = home.resolve("settings.json");
        Files.writeString(settings, "{\"version\": 1, \"settings\": {\"language\": \"" + language + "\"}}");
        LaunchOptions options = new LaunchOptions(Optional.of(images), Optional.of(Path.of("predefined_classes.txt")),
                Optional.of(labels), Optional.empty(), Optional.empty(), false, false);
        AppFixture.Launched launched = AppFixture.launch(options, settings);
        window = launched.window();
        new CanvasDriver(launched.app(), window).waitForImage("astronaut-portrait.jpg");
        CanvasDriver.waitFor("the labelled count", () -> !GuiActionRunner.execute(
                () -> window.label("status.labelled").target().getText()).isEmpty());
        // the pointer's field stays empty until the mouse crosses the image, as at the first start
        window.robot().moveMouse(window.label("status").target());
        window.robot().waitForIdle();
        assertThat(GuiActionRunner.execute(() -> window.label("status.pointer").target().getText())).isEmpty();

        List<String> problems = GuiActionRunner.execute(() -> clipped(launched.app().window()));

        assertThat(problems).isEmpty();
    }

    /** Each status field with text that is narrower than its words or reaches past the window's content. */
    private static List<String> clipped(MainWindow frame) {
        Container content = frame.getContentPane();
        List<String> problems = new ArrayList<>();
        for (JLabel field : fields(content)) {
            if (field.getText() == null || field.getText().isEmpty()) {
                continue;
            }
            Rectangle inContent = SwingUtilities.convertRectangle(field.getParent(), field.getBounds(), content);
            Rectangle shown = inContent.intersection(new Rectangle(0, 0, content.getWidth(), content.getHeight()));
            if (field.getWidth() < field.getPreferredSize().width || shown.width < inContent.width) {
                problems.add(field.getName() + " '" + field.getText() + "' at " + inContent + " needs "
                        + field.getPreferredSize().width + " px; content is " + content.getWidth() + " px wide");
            }
        }
        return problems;
    }

    private static List<JLabel> fields(Container content) {
        List<JLabel> found = new ArrayList<>();
        collect(content, found);
        return found.stream().filter(l -> l.getName() != null && l.getName().startsWith("status.")).toList();
    }

    private static void collect(Component component, List<JLabel> found) {
        if (component instanceof JLabel label) {
            found.add(label);
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, found);
            }
        }
    }
}
