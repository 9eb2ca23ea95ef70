package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.image.DecodedImage;
import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.support.SampleImages;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.session.LaunchOptions;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each new picture reaches the screen before the rest of the window hears of it: what a listener heard after the
 * canvas reads from the screen is the new picture, not the one before it.
 */
@GuiTest
class PictureFirstGuiTest {
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
    void theNextPictureIsOnTheScreenBeforeTheListenersAfterTheCanvasHearOfIt() throws Exception {
        Path images = SampleImages.copyInto(home);
        AppFixture.Launched launched = AppFixture.launch(new LaunchOptions(Optional.of(images), Optional.empty(),
                Optional.of(Files.createDirectories(home.resolve("labels"))), Optional.of("voc"), Optional.empty(),
                false, false), home.resolve("settings.json"));
        App app = launched.app();
        window = launched.window();
        CanvasDriver driver = new CanvasDriver(app, window);
        driver.waitForImage("astronaut-portrait.jpg");
        window.robot().waitForIdle();
        Robot screen = new Robot();
        List<Point> points = GuiActionRunner.execute(() -> spread(app));
        List<Color> before = read(screen, points);
        List<List<Color>> whenHeard = new ArrayList<>();
        GuiActionRunner.execute(() -> app.session().addListener(new BrowseListener() {
            @Override
            public void imageShown(int index, DecodedImage image) {
                if (whenHeard.isEmpty() && image.file().getFileName().toString().equals("astronaut.jpg")) {
                    whenHeard.add(read(screen, points));
                }
            }
        }));

        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("astronaut.jpg");
        window.robot().waitForIdle();

        List<Color> after = read(screen, points);
        assertThat(after).as("the screen once astronaut.jpg is shown differs from the picture before it")
                .isNotEqualTo(before);
        assertThat(whenHeard).as("the screen when a listener after the canvas heard of astronaut.jpg")
                .containsExactly(after);
    }

    @Test
    void theFirstPictureIsPaintedInsideTheDecorationsTheFrameHasWhenItIsPainted() throws Exception {
        List<Point> paintedAt = new ArrayList<>();
        FrameWithInsetsSetHere frame = GuiActionRunner.execute(() -> new FrameWithInsetsSetHere(paintedAt));
        try {
            PictureFirst first = GuiActionRunner.execute(() -> {
                frame.setVisible(true);
                return new PictureFirst(frame.picture);
            });
            CanvasDriver.waitFor("the frame on the screen", () -> GuiActionRunner.execute(frame.picture::isShowing));
            // the window manager's decorations come after the frame was laid out with the toolkit's guess of them
            GuiActionRunner.execute(() -> {
                paintedAt.clear();
                frame.insets = new Insets(20, 1, 5, 1);
                first.imageShown(0, null);
            });
            assertThat(paintedAt).as("where the picture was in the frame when painted").first()
                    .isEqualTo(new Point(1, 20));
        } finally {
            GuiActionRunner.execute(frame::dispose);
        }
    }

    /** Nine points of the canvas on the screen, spread over its middle. */
    private static List<Point> spread(App app) {
        Point origin = app.canvas().getLocationOnScreen();
        int w = app.canvas().getWidth();
        int h = app.canvas().getHeight();
        List<Point> points = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            for (int j = 1; j <= 3; j++) {
                points.add(new Point(origin.x + w * (i + 1) / 8, origin.y + h * (j + 1) / 8));
            }
        }
        return points;
    }

    private static List<Color> read(Robot screen, List<Point> points) {
        return points.stream().map(p -> screen.getPixelColor(p.x, p.y)).toList();
    }

    /** A frame whose decorations the test sets, as a window manager would after the frame was shown. */
    private static final class FrameWithInsetsSetHere extends JFrame {
        private final JComponent picture;
        private Insets insets = new Insets(25, 5, 5, 5);

        FrameWithInsetsSetHere(List<Point> paintedAt) {
            picture = new JComponent() {
                @Override
                protected void paintComponent(Graphics g) {
                    paintedAt.add(SwingUtilities.convertPoint(this, 0, 0, FrameWithInsetsSetHere.this));
                }
            };
            setUndecorated(true);
            add(picture);
            setBounds(200, 200, 300, 200);
        }

        @Override
        public Insets getInsets() {
            return insets;
        }
    }
}
