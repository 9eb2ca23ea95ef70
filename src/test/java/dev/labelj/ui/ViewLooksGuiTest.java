package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import dev.labelj.settings.SettingsStore;
import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.SampleImages;
import dev.labelj.ui.canvas.LabelColors;
import dev.labelj.ui.canvas.ViewTransform;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.swing.JColorChooser;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import javax.swing.UIManager;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import javax.swing.JMenu;
import javax.swing.JRadioButtonMenuItem;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The look of the image and its boxes in the real window, by keyboard and menu: brightness and contrast keys
 * change the pixels on screen (read back from the screen), never the image file; the Line Width choice
 * thickens the outlines on screen and is remembered.
 */
@org.junit.jupiter.api.Timeout(value = 120, unit = TimeUnit.SECONDS,
        threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class ViewLooksGuiTest {
    private static final String FIRST = "astronaut-portrait.jpg";

    @TempDir
    Path home;
    private App app;
    private FrameFixture window;
    private CanvasDriver driver;
    private Path images;

    @BeforeAll
    static void display() {
        AppFixture.setUpClass();
    }

    @AfterEach
    void close() {
        AppFixture.cleanUp(window);
    }

    /** Launches on a copy of the sample images with a settings file holding {@code settingsJson}. */
    private void launch(String settingsJson) throws Exception {
        images = SampleImages.copyInto(home);
        Path settings = home.resolve("settings.json");
        Files.writeString(settings, settingsJson);
        LaunchOptions options = new LaunchOptions(Optional.of(images), Optional.empty(),
                Optional.of(home.resolve("labels")), Optional.of("voc"), Optional.empty(), false, false);
        AppFixture.Launched launched = AppFixture.launch(options, settings);
        app = launched.app();
        window = launched.window();
        driver = new CanvasDriver(app, window);
        driver.waitForImage(FIRST);
    }

    @Test
    void brightnessKeysBrightenTheScreenByTheRememberedStepAndResetShowsTheImageAsItIs() throws Exception {
        launch("{\"version\": 1, \"settings\": {\"brightnessStepPercent\": 25}}");
        byte[] file = Files.readAllBytes(images.resolve(FIRST));
        BufferedImage before = onScreen();

        driver.chord(KeyEvent.VK_B, KeyEvent.VK_CONTROL);
        CanvasDriver.waitFor("brighter on screen", () -> meanOf(onScreen()) > meanOf(before) + 20);
        BufferedImage brighter = onScreen();
        int lift = Math.round(25 * 255 / 100f);
        int checked = 0;
        for (int y = 0; y < before.getHeight(); y += 3) {
            for (int x = 0; x < before.getWidth(); x += 3) {
                for (int shift = 0; shift <= 16; shift += 8) {
                    int was = before.getRGB(x, y) >> shift & 0xff;
                    int now = brighter.getRGB(x, y) >> shift & 0xff;
                    assertThat(now).as("channel at %d,%d", x, y).isBetween(Math.min(255, was + lift) - 2,
                            Math.min(255, was + lift) + 2);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(statusAdjustment()).contains("+25").contains("+0");

        driver.chord(KeyEvent.VK_K, KeyEvent.VK_CONTROL);
        assertThat(statusAdjustment()).contains("+25").contains("+10");
        driver.chord(KeyEvent.VK_B, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        driver.chord(KeyEvent.VK_B, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        assertThat(statusAdjustment()).contains("\u221225");

        driver.chord(KeyEvent.VK_N, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        CanvasDriver.waitFor("as it is again", () -> Math.abs(meanOf(onScreen()) - meanOf(before)) < 0.5);
        assertThat(statusAdjustment()).isEmpty();

        driver.chord(KeyEvent.VK_B, KeyEvent.VK_CONTROL);
        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("astronaut.jpg");
        assertThat(statusAdjustment()).as("kept for the next image").contains("+25");
        assertThat(Files.readAllBytes(images.resolve(FIRST))).as("the file is never changed").isEqualTo(file);
    }

    @Test
    void lineWidthFromTheViewMenuThickensTheOutlinesOnScreenAndIsRemembered() throws Exception {
        launch("{\"version\": 1, \"settings\": {}}");
        GuiActionRunner.execute(() -> app.document().replaceBoxes(List.of(Box.of("cat", 60, 60, 200, 240)), "Draw box"));
        assertThat(outlineWidthOnScreen("cat", 60, 150)).isEqualTo(2);
        JRadioButtonMenuItem six = radio("lineWidth6");
        assertThat(GuiActionRunner.execute(six::getText)).isEqualTo("6 px");
        assertThat(GuiActionRunner.execute(() -> radio("lineWidth2").isSelected())).as("the default marked").isTrue();

        GuiActionRunner.execute(() -> six.doClick());

        assertThat(app.settings().settings().boxLineWidth()).isEqualTo(6);
        CanvasDriver.waitFor("thicker outline", () -> outlineWidthOnScreen("cat", 60, 150) == 6);
        app.settings().flush();
        assertThat(SettingsStore.load(home.resolve("settings.json")).settings().boxLineWidth()).isEqualTo(6);
        GuiActionRunner.execute(() -> radio("lineWidth1").doClick());
        CanvasDriver.waitFor("thin outline", () -> outlineWidthOnScreen("cat", 60, 150) == 1);
        assertThat(GuiActionRunner.execute(() -> radio("lineWidth1").isSelected())).isTrue();
    }

    @Test
    void aLabelColourChosenFromTheEditMenuPaintsItsBoxesAndSwatchAndIsThereAfterARestart() throws Exception {
        launch("{\"version\": 1, \"settings\": {}}");
        GuiActionRunner.execute(() -> {
            app.document().replaceBoxes(List.of(Box.of("cat", 60, 60, 200, 240), Box.of("dog", 20, 20, 40, 40)),
                    "Draw box");
            app.selection().set(List.of(0));
        });
        Color chosen = new Color(0x10, 0x90, 0xf0);
        assertThat(LabelColors.of("cat")).isNotEqualTo(chosen);
        JMenuItem item = GuiActionRunner.execute(() -> (JMenuItem) find(app.window().getJMenuBar(), "labelColor"));
        assertThat(GuiActionRunner.execute(item::isEnabled)).isTrue();
        javax.swing.SwingUtilities.invokeLater(item::doClick);

        DialogFixture dialog = WindowFinder.findDialog(new GenericTypeMatcher<JDialog>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog d) {
                return d.isShowing() && d.getTitle().contains("cat");
            }
        }).withTimeout(10000).using(window.robot());
        JColorChooser chooser = window.robot().finder().findByType(dialog.target(), JColorChooser.class);
        GuiActionRunner.execute(() -> chooser.setColor(chosen));
        dialog.button(JButtonMatcher.withText(UIManager.getString("ColorChooser.okText"))).click();

        CanvasDriver.waitFor("the chosen colour on screen", () -> outlineWidthOnScreen("cat", chosen, 60, 150) == 2);
        assertThat(outlineWidthOnScreen("dog", LabelColors.of("dog"), 20, 30)).as("other labels keep theirs")
                .isEqualTo(2);
        assertThat(swatchColour(0)).isEqualTo(chosen);
        assertThat(app.settings().settings().labelColors()).containsEntry("cat", "#1090f0");
        AppFixture.cleanUp(window);

        AppFixture.Launched again = AppFixture.launch(LaunchOptions.ofImages(images), home.resolve("settings.json"));
        app = again.app();
        window = again.window();
        driver = new CanvasDriver(app, window);
        driver.waitForImage(FIRST);
        assertThat(GuiActionRunner.execute(() -> app.canvas().palette().of("cat"))).isEqualTo(chosen);
        GuiActionRunner.execute(() -> {
            app.document().replaceBoxes(List.of(Box.of("cat", 60, 60, 200, 240)), "Draw box");
            app.selection().set(List.of(0));
        });
        CanvasDriver.waitFor("remembered colour on screen", () -> outlineWidthOnScreen("cat", chosen, 60, 150) == 2);
        JMenuItem byDefault = GuiActionRunner.execute(
                () -> (JMenuItem) find(app.window().getJMenuBar(), "labelColorDefault"));
        GuiActionRunner.execute(() -> byDefault.doClick());
        CanvasDriver.waitFor("derived colour again",
                () -> outlineWidthOnScreen("cat", LabelColors.of("cat"), 60, 150) == 2);
        assertThat(app.settings().settings().labelColors()).doesNotContainKey("cat");
    }

    /** The swatch the box list paints in row {@code row}. */
    private Color swatchColour(int row) {
        JTable table = window.table("boxList").target();
        return GuiActionRunner.execute(() -> {
            int column = table.convertColumnIndexToView(0);
            JLabel cell = (JLabel) table.prepareRenderer(table.getCellRenderer(row, column), row, column);
            javax.swing.Icon icon = cell.getIcon();
            BufferedImage painted = new BufferedImage(icon.getIconWidth(), icon.getIconHeight(),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = painted.createGraphics();
            icon.paintIcon(cell, g, 0, 0);
            g.dispose();
            return new Color(painted.getRGB(icon.getIconWidth() / 2, icon.getIconHeight() / 2));
        });
    }

    private int outlineWidthOnScreen(String label, double imageX, double imageY) {
        return outlineWidthOnScreen(label, LabelColors.of(label), imageX, imageY);
    }

    /** How many screen pixels of the label's colour a row crosses at a box's left edge (image x, y). */
    private int outlineWidthOnScreen(String label, Color wanted, double imageX, double imageY) {
        driver.robot().waitForIdle();
        Rectangle area = GuiActionRunner.execute(() -> {
            Point at = app.canvas().getLocationOnScreen();
            ViewTransform t = app.canvas().transform();
            return new Rectangle(at.x + (int) Math.round(t.toViewX(imageX)) - 15,
                    at.y + (int) Math.round(t.toViewY(imageY)), 30, 1);
        });
        BufferedImage row = capture(area);
        int count = 0;
        for (int x = 0; x < row.getWidth(); x++) {
            java.awt.Color seen = new java.awt.Color(row.getRGB(x, 0));
            if (Math.abs(seen.getRed() - wanted.getRed()) + Math.abs(seen.getGreen() - wanted.getGreen())
                    + Math.abs(seen.getBlue() - wanted.getBlue()) < 12) {
                count++;
            }
        }
        return count;
    }

    private JRadioButtonMenuItem radio(String name) {
        return GuiActionRunner.execute(() -> (JRadioButtonMenuItem) find(app.window().getJMenuBar(), name));
    }

    private static java.awt.Component find(java.awt.Container root, String name) {
        for (java.awt.Component child : root instanceof JMenu menu ? menu.getMenuComponents() : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof java.awt.Container container) {
                java.awt.Component found = find(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static BufferedImage capture(Rectangle area) {
        try {
            return new java.awt.Robot().createScreenCapture(area);
        } catch (AWTException e) {
            throw new AssertionError(e);
        }
    }

    /** The middle of the canvas (inside the picture) as the screen shows it now. */
    private BufferedImage onScreen() {
        driver.robot().waitForIdle();
        Rectangle area = GuiActionRunner.execute(() -> {
            Point at = app.canvas().getLocationOnScreen();
            int cx = at.x + app.canvas().getWidth() / 2;
            int cy = at.y + app.canvas().getHeight() / 2;
            return new Rectangle(cx - 60, cy - 60, 120, 120);
        });
        return capture(area);
    }

    private static double meanOf(BufferedImage image) {
        long sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                sum += (p >> 16 & 0xff) + (p >> 8 & 0xff) + (p & 0xff);
            }
        }
        return sum / (3.0 * image.getWidth() * image.getHeight());
    }

    private String statusAdjustment() {
        JLabel label = window.label("status.adjustment").target();
        return GuiActionRunner.execute(label::getText);
    }
}
