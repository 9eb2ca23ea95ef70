package dev.labelj.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.image.TestJpegs;
import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.ui.App;
import dev.labelj.ui.session.LaunchOptions;
import java.awt.AWTException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loupe and the crosshair as the screen shows them in the real window, read back from the screen while a box
 * is being dragged out: Ctrl+Shift+L, W, press, drag onto a one-pixel red dot that the fitted view blurs away.
 */
@GuiTest
class DrawingAidsGuiTest {
    private static final String IMAGE = "dot.png";
    private static final int DOT_X = 900;
    private static final int DOT_Y = 640;
    private static final Color GREY = new Color(128, 128, 128);
    @TempDir
    Path home;
    private App app;
    private FrameFixture window;
    private CanvasDriver driver;

    @BeforeAll
    static void display() {
        AppFixture.setUpClass();
    }

    @AfterEach
    void close() {
        AppFixture.cleanUp(window);
    }

    private void launch() throws Exception {
        launch(Files.createDirectories(home.resolve("images")));
    }

    private void launch(Path images) throws Exception {
        BufferedImage picture = new BufferedImage(1800, 1300, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = picture.createGraphics();
        g.setColor(GREY);
        g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
        g.dispose();
        picture.setRGB(DOT_X, DOT_Y, Color.RED.getRGB());
        if (Files.list(images).findAny().isEmpty()) {
            ImageIO.write(picture, "png", images.resolve(IMAGE).toFile());
        }
        LaunchOptions options = new LaunchOptions(Optional.of(images), Optional.empty(), Optional.empty(),
                Optional.of("voc"), Optional.empty(), false, false);
        AppFixture.Launched launched = AppFixture.launch(options, home.resolve("settings.json"));
        app = launched.app();
        window = launched.window();
        driver = new CanvasDriver(app, window);
        driver.waitForImage(Files.list(images).findFirst().orElseThrow().getFileName().toString());
        GuiActionRunner.execute(() -> app.canvas().requestFocusInWindow());
        driver.robot().waitForIdle();
    }

    @Test
    void whileABoxIsDraggedTheScreenShowsTheLoupeWithTheDotAndTheDraftAndTheCrosshair() throws Exception {
        launch();
        assertThat(driver.transform().scale()).as("the picture is shown reduced").isLessThan(0.8);
        driver.chord(KeyEvent.VK_L, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        assertThat(GuiActionRunner.execute(() -> app.canvas().aids().loupe())).as("Ctrl+Shift+L").isTrue();

        driver.keys(KeyEvent.VK_W);
        Point dot = driver.viewOf(DOT_X + 0.5, DOT_Y + 0.5);
        Point start = new Point(dot.x - 12, dot.y - 12);
        driver.robot().pressMouse(app.canvas(), start, MouseButton.LEFT_BUTTON);
        try {
            // a step far enough that the loupe's earlier place is partly bare picture afterwards
            Point earlier = new Point(dot.x - 4, dot.y + 60);
            driver.robot().moveMouse(app.canvas(), earlier);
            driver.robot().waitForIdle();
            driver.robot().moveMouse(app.canvas(), dot);
            driver.robot().waitForIdle();
            checkScreenDuringTheDrag(dot);
            checkNothingLeftBehind(earlier, dot);
        } finally {
            driver.robot().releaseMouse(MouseButton.LEFT_BUTTON);
            driver.robot().waitForIdle();
        }
        driver.answerLabel("dot");
        assertThat(driver.boxes()).hasSize(1);
    }

    @Test
    void theViewMenuSwitchesTheCrosshairOffOnScreenAndTheSettingsRememberIt() throws Exception {
        launch();
        window.menuItem("crosshair").click();
        driver.robot().waitForIdle();
        assertThat(GuiActionRunner.execute(() -> app.canvas().aids().crosshair())).isFalse();
        driver.keys(KeyEvent.VK_W);
        Point dot = driver.viewOf(DOT_X + 0.5, DOT_Y + 0.5);
        driver.robot().moveMouse(app.canvas(), new Point(dot.x + 5, dot.y));
        driver.robot().moveMouse(app.canvas(), dot);
        driver.robot().waitForIdle();
        BufferedImage shown = capture(new Rectangle(0, 0, canvasSize().width, canvasSize().height));
        int pictureLeft = driver.viewOf(40, DOT_Y).x;
        assertThat(rgb(shown, pictureLeft, dot.y)).as("no guide on the cursor's row over the picture")
                .isEqualTo(GREY.getRGB() & 0xffffff);
        driver.keys(KeyEvent.VK_ESCAPE);

        AppFixture.cleanUp(window);
        window = null;
        assertThat(Files.readString(home.resolve("settings.json"))).containsPattern("\"crosshair\"\\s*:\\s*false");
    }

    @Test
    void aPhotoDecodedReducedForTheFitIsDecodedInFullOnceTheLoupeMayShow() throws Exception {
        Path images = Files.createDirectories(home.resolve("photos"));
        TestJpegs.uniformGray(images.resolve("big.jpg"), 4000, 3000);
        launch(images);
        assertThat(GuiActionRunner.execute(() -> app.canvas().decoded().reduction())).as("decoded reduced for the fit")
                .isGreaterThan(1);
        driver.keys(KeyEvent.VK_W);
        driver.robot().waitForIdle();
        assertThat(GuiActionRunner.execute(() -> app.canvas().decoded().reduction())).as("no loupe, no full decode")
                .isGreaterThan(1);
        driver.keys(KeyEvent.VK_ESCAPE);

        driver.chord(KeyEvent.VK_L, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        driver.keys(KeyEvent.VK_W);
        CanvasDriver.waitFor("the full-resolution decode shown",
                () -> GuiActionRunner.execute(() -> app.canvas().decoded().reduction()) == 1);
        driver.keys(KeyEvent.VK_ESCAPE);
    }

    private void checkScreenDuringTheDrag(Point dot) {
        ViewTransform t = driver.transform();
        Rectangle place = Loupe.placeFor(dot.x, dot.y, canvasSize().width, canvasSize().height);
        BufferedImage shown = capture(new Rectangle(0, 0, canvasSize().width, canvasSize().height));
        assertThat(rgb(shown, place.x, place.y)).as("the loupe's dark frame on screen").isEqualTo(0x202020);
        assertThat(rgb(shown, place.x + 1, place.y + 1)).as("the loupe's light frame on screen").isEqualTo(0xffffff);

        // the red image pixel is a square of MAGNIFICATION screen pixels where its place relative to the cursor says
        double cursorImageX = t.toImageX(dot.x);
        double cursorImageY = t.toImageY(dot.y);
        int squareX = (int) Math.floor(place.getCenterX() + (DOT_X - cursorImageX) * Loupe.MAGNIFICATION);
        int squareY = (int) Math.floor(place.getCenterY() + (DOT_Y - cursorImageY) * Loupe.MAGNIFICATION);
        int red = 0;
        for (int y = squareY; y < squareY + Loupe.MAGNIFICATION; y++) {
            for (int x = squareX; x < squareX + Loupe.MAGNIFICATION; x++) {
                red += isRed(shown.getRGB(x, y)) ? 1 : 0;
            }
        }
        assertThat(red).as("red screen pixels of the dot's square in the loupe")
                .isGreaterThanOrEqualTo((Loupe.MAGNIFICATION - 1) * (Loupe.MAGNIFICATION - 1));
        assertThat(isRed(shown.getRGB(squareX - 3, squareY + 3))).as("left of the square").isFalse();

        // the box being drawn shows in the loupe: its inside is tinted, the image outside it is plain grey
        int inside = rgb(shown, (int) place.getCenterX() - 20, (int) place.getCenterY() - 30);
        int outside = rgb(shown, (int) place.getCenterX() + 30, (int) place.getCenterY() + 40);
        assertThat(outside).as("outside the draft").isEqualTo(GREY.getRGB() & 0xffffff);
        assertThat(inside).as("inside the draft").isNotEqualTo(outside);

        // the crosshair crosses the whole canvas on the cursor's row and column
        assertThat(rgb(shown, 3, dot.y)).as("crosshair far left").isIn(0xffffff, 0x000000);
        assertThat(rgb(shown, dot.x, canvasSize().height - 3)).as("crosshair far down").isIn(0xffffff, 0x000000);
    }

    /** Only where the marks were and are is repainted on a move: where they were must be bare picture again. */
    private void checkNothingLeftBehind(Point earlier, Point dot) {
        Rectangle size = canvasSize();
        Rectangle before = Loupe.placeFor(earlier.x, earlier.y, size.width, size.height);
        Rectangle now = Loupe.placeFor(dot.x, dot.y, size.width, size.height);
        BufferedImage shown = capture(new Rectangle(0, 0, size.width, size.height));
        int bottomLeftX = before.x;
        int bottomLeftY = before.y + before.height - 1;
        assertThat(now.contains(bottomLeftX, bottomLeftY)).as("the test moved the loupe far enough").isFalse();
        assertThat(rgb(shown, bottomLeftX, bottomLeftY)).as("the loupe's earlier frame corner")
                .isEqualTo(GREY.getRGB() & 0xffffff);
        assertThat(rgb(shown, earlier.x - 30, earlier.y)).as("the crosshair's earlier row")
                .isEqualTo(GREY.getRGB() & 0xffffff);
    }

    private Rectangle canvasSize() {
        return GuiActionRunner.execute(() -> new Rectangle(app.canvas().getWidth(), app.canvas().getHeight()));
    }

    /** The screen over the canvas, in canvas pixels. */
    private BufferedImage capture(Rectangle canvasArea) {
        Rectangle area = GuiActionRunner.execute(() -> {
            Point at = app.canvas().getLocationOnScreen();
            return new Rectangle(at.x + canvasArea.x, at.y + canvasArea.y, canvasArea.width, canvasArea.height);
        });
        try {
            return new java.awt.Robot().createScreenCapture(area);
        } catch (AWTException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xff) > 200 && (rgb >> 8 & 0xff) < 60 && (rgb & 0xff) < 60;
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }
}
