package dev.labelj.ui.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.labelj.model.Box;
import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.ui.App;
import dev.labelj.ui.canvas.ViewTransform;
import dev.labelj.ui.session.LaunchOptions;
import dev.labelj.ui.support.Messages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.event.KeyEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab, Shift+Tab, Z and T in the real window, on a picture whose objects are known to the pixel. */
@GuiTest
class TightenAndCyclingGuiTest {
    private static final String IMAGE = "scene.png";
    /** The objects drawn: a red block, a blue block, a tiny speck (left, top, right, bottom). */
    private static final int[][] OBJECTS = {{120, 100, 300, 220}, {900, 650, 1100, 800}, {600, 300, 612, 312}};
    /** The boxes the file holds: loose around each object. */
    private static final double[][] LOOSE = {{95, 70, 335, 250}, {880, 630, 1120, 820}, {520, 220, 700, 400}};
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
        Path images = Files.createDirectories(home.resolve("images"));
        ImageIO.write(scene(), "png", images.resolve(IMAGE).toFile());
        Path labels = Files.createDirectories(home.resolve("labels"));
        Files.writeString(labels.resolve("scene.xml"), voc());
        LaunchOptions options = new LaunchOptions(Optional.of(images), Optional.empty(), Optional.of(labels),
                Optional.of("voc"), Optional.empty(), false, false);
        AppFixture.Launched launched = AppFixture.launch(options, home.resolve("settings.json"));
        app = launched.app();
        window = launched.window();
        driver = new CanvasDriver(app, window);
        driver.waitForImage(IMAGE);
        GuiActionRunner.execute(() -> app.canvas().requestFocusInWindow());
        driver.robot().waitForIdle();
    }

    private static BufferedImage scene() {
        BufferedImage image = new BufferedImage(1400, 1000, BufferedImage.TYPE_3BYTE_BGR);
        Random random = new Random(11);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int v = 100 + random.nextInt(40);
                image.setRGB(x, y, new Color(v, v, v).getRGB());
            }
        }
        Graphics2D g = image.createGraphics();
        Color[] colours = {new Color(210, 30, 30), new Color(30, 50, 220), new Color(250, 240, 20)};
        for (int i = 0; i < OBJECTS.length; i++) {
            int[] o = OBJECTS[i];
            g.setColor(colours[i]);
            g.fillRect(o[0], o[1], o[2] - o[0], o[3] - o[1]);
        }
        g.dispose();
        return image;
    }

    private static String voc() {
        StringBuilder objects = new StringBuilder();
        for (double[] b : LOOSE) {
            objects.append("<object><name>thing</name><pose>Unspecified</pose><truncated>0</truncated>")
                    .append("<difficult>0</difficult><bndbox><xmin>").append((int) b[0]).append("</xmin><ymin>")
                    .append((int) b[1]).append("</ymin><xmax>").append((int) b[2]).append("</xmax><ymax>")
                    .append((int) b[3]).append("</ymax></bndbox></object>");
        }
        return "<annotation><folder>images</folder><filename>" + IMAGE + "</filename><size><width>1400</width>"
                + "<height>1000</height><depth>3</depth></size><segmented>0</segmented>" + objects + "</annotation>";
    }

    private List<Integer> selected() {
        return GuiActionRunner.execute(() -> app.selection().indices());
    }

    private String status() {
        return GuiActionRunner.execute(() -> window.label("status").target().getText());
    }

    @Test
    void tabAndShiftTabGoRoundTheBoxesAndZZoomsToOneAndBack() throws Exception {
        launch();
        assertThat(driver.boxes()).hasSize(3);

        driver.keys(KeyEvent.VK_TAB);
        assertThat(selected()).containsExactly(0);
        driver.keys(KeyEvent.VK_TAB);
        assertThat(selected()).containsExactly(1);
        driver.chord(KeyEvent.VK_TAB, KeyEvent.VK_SHIFT);
        assertThat(selected()).containsExactly(0);
        driver.chord(KeyEvent.VK_TAB, KeyEvent.VK_SHIFT);
        assertThat(selected()).as("round the start to the last box").containsExactly(2);
        assertThat(GuiActionRunner.execute(() -> app.canvas().isFocusOwner())).as("Tab kept the focus").isTrue();

        // Z: the selected box fills most of the view; Z again: the view before
        driver.keys(KeyEvent.VK_TAB);
        ViewTransform before = driver.transform();
        driver.keys(KeyEvent.VK_Z);
        ViewTransform zoomed = driver.transform();
        assertThat(zoomed.scale()).isGreaterThan(before.scale() * 2);
        Rectangle2D shown = zoomed.toView(driver.boxes().get(0));
        int width = app.canvas().getWidth();
        int height = app.canvas().getHeight();
        // near the image's corner it cannot be centred (the image stays in view), but it is all on screen
        assertThat(new Rectangle2D.Double(0, 0, width, height).contains(shown)).isTrue();
        assertThat(Math.max(shown.getWidth() / width, shown.getHeight() / height)).isCloseTo(0.8, within(0.05));

        // Tab while zoomed in: the next box, off screen until now, is brought into view
        Box next = driver.boxes().get(1);
        assertThat(new Rectangle2D.Double(0, 0, width, height).contains(zoomed.toView(next))).isFalse();
        driver.keys(KeyEvent.VK_TAB);
        assertThat(selected()).containsExactly(1);
        assertThat(driver.transform().scale()).isEqualTo(zoomed.scale());
        assertThat(new Rectangle2D.Double(0, 0, width, height).contains(driver.transform().toView(next))).isTrue();

        // Z goes back to the view before the zoom, however far Tab moved since
        driver.keys(KeyEvent.VK_Z);
        assertThat(driver.transform()).isEqualTo(before);
        driver.keys(KeyEvent.VK_Z);
        assertThat(driver.transform().scale()).as("and zooms again, to the box selected now")
                .isGreaterThan(before.scale() * 2);
    }

    @Test
    void tabInTheLabelDialogMovesTheFocusThereAndLeavesTheBoxesAlone() throws Exception {
        launch();
        driver.keys(KeyEvent.VK_TAB);
        driver.chord(KeyEvent.VK_E, KeyEvent.VK_CONTROL);
        DialogFixture dialog = WindowFinder.findDialog("labelDialog").withTimeout(10_000).using(driver.robot());
        JTextComponent field = dialog.textBox().target();
        assertThat(GuiActionRunner.execute(field::isFocusOwner)).isTrue();

        driver.keys(KeyEvent.VK_TAB);

        assertThat(GuiActionRunner.execute(field::isFocusOwner)).as("Tab moved the focus on in the dialog").isFalse();
        assertThat(GuiActionRunner.execute(() -> dialog.target().isShowing())).isTrue();
        assertThat(selected()).containsExactly(0);
        dialog.close();
    }

    @Test
    void tTightensTheSelectedBoxAsOneUndoableEditAndLeavesASpeckAlone() throws Exception {
        launch();
        List<Box> loaded = driver.boxes();

        driver.keys(KeyEvent.VK_TAB, KeyEvent.VK_T);
        CanvasDriver.waitFor("box 0 tightened", () -> !driver.boxes().get(0).equals(loaded.get(0)));
        Box tight = driver.boxes().get(0);
        int[] object = OBJECTS[0];
        assertThat(tight.left()).isCloseTo(object[0], within(2.0));
        assertThat(tight.top()).isCloseTo(object[1], within(2.0));
        assertThat(tight.right()).isCloseTo(object[2], within(2.0));
        assertThat(tight.bottom()).isCloseTo(object[3], within(2.0));
        assertThat(tight.label()).isEqualTo("thing");
        assertThat(driver.boxes().subList(1, 3)).isEqualTo(loaded.subList(1, 3));
        assertThat(status()).isEqualTo(Messages.get("tighten.done", 1));

        driver.chord(KeyEvent.VK_Z, KeyEvent.VK_CONTROL);
        assertThat(driver.boxes()).isEqualTo(loaded);
        driver.chord(KeyEvent.VK_Z, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        assertThat(driver.boxes().get(0)).isEqualTo(tight);

        // the speck covers far less than a quarter of its box: the box stays, the status line says why
        driver.chord(KeyEvent.VK_TAB, KeyEvent.VK_SHIFT);
        assertThat(selected()).containsExactly(2);
        driver.keys(KeyEvent.VK_T);
        String left = Messages.get("tighten.left", 1, 1, Messages.get("tighten.reason.TOO_SMALL"));
        CanvasDriver.waitFor("the speck reported", () -> status().equals(left));
        assertThat(driver.boxes().get(2)).isEqualTo(loaded.get(2));
        assertThat(GuiActionRunner.execute(() -> app.document().undoName())).contains(Messages.get(
                "action.tightenBox"));
    }
}
