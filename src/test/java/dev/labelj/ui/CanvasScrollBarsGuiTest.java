package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.support.SampleImages;
import dev.labelj.ui.canvas.ViewTransform;
import dev.labelj.ui.canvas.Zoom;
import dev.labelj.ui.session.LaunchOptions;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JScrollBar;
import org.assertj.swing.core.BasicComponentFinder;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The canvas's scroll bars: shown only while the zoomed image is larger than the view, and they pan it. */
@GuiTest
class CanvasScrollBarsGuiTest {
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
    void zoomingInShowsBarsThatPanTheImageAndFittingHidesThem() throws Exception {
        Path images = SampleImages.copyInto(home);
        AppFixture.Launched launched = AppFixture.launch(new LaunchOptions(Optional.of(images), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, false), home.resolve("settings.json"));
        App app = launched.app();
        window = launched.window();
        CanvasDriver driver = new CanvasDriver(app, window);
        driver.waitForImage("astronaut-portrait.jpg");
        assertThat(visibleBar(app, "canvasScrollX")).as("no bar while the image fits").isNull();
        assertThat(visibleBar(app, "canvasScrollY")).isNull();

        // one zoom-in step by key, then the rest at once: 260 x 300 pixels at 6x outgrow any view here
        driver.chord(KeyEvent.VK_EQUALS, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        GuiActionRunner.execute(() -> app.canvas().setZoom(Zoom.manual(6 * app.canvas().transform().scale())));
        CanvasDriver.waitFor("both bars", () -> visibleBar(app, "canvasScrollX") != null
                && visibleBar(app, "canvasScrollY") != null);
        JScrollBar horizontal = visibleBar(app, "canvasScrollX");
        assertThat(GuiActionRunner.execute(horizontal::isFocusable)).as("a bar never takes the keys").isFalse();
        ViewTransform before = GuiActionRunner.execute(() -> app.canvas().transform());
        assertThat(GuiActionRunner.execute(horizontal::getValue)).as("the bar shows the view's place")
                .isCloseTo((int) Math.round(-before.offsetX()), within(1));
        // a click in the bar's track, as a user pages through a zoomed image
        window.scrollBar("canvasScrollX").scrollBlockDown();
        int target = GuiActionRunner.execute(horizontal::getValue);
        assertThat(target).as("the bar moved by a block").isGreaterThan((int) Math.round(-before.offsetX()));
        ViewTransform after = GuiActionRunner.execute(() -> app.canvas().transform());
        assertThat(after.offsetX()).as("the bar moved the image").isCloseTo(-target, within(1.0));
        assertThat(after.offsetY()).as("the other axis stays, to the bar's whole pixel")
                .isCloseTo(before.offsetY(), within(1.0));

        driver.chord(KeyEvent.VK_F, KeyEvent.VK_CONTROL);
        CanvasDriver.waitFor("no bars once the image fits again", () -> visibleBar(app, "canvasScrollX") == null
                && visibleBar(app, "canvasScrollY") == null);
    }

    private static JScrollBar visibleBar(App app, String name) {
        return GuiActionRunner.execute(() -> BasicComponentFinder.finderWithCurrentAwtHierarchy()
                .findAll(app.window(), new GenericTypeMatcher<>(JScrollBar.class, true) {
                    @Override
                    protected boolean isMatching(JScrollBar bar) {
                        return name.equals(bar.getName());
                    }
                }).stream().findFirst().map(JScrollBar.class::cast).orElse(null));
    }
}
