package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ImageRef;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.support.SampleImages;
import dev.labelj.ui.canvas.ViewTransform;
import dev.labelj.ui.canvas.Zoom;
import dev.labelj.ui.session.LaunchOptions;
import dev.labelj.ui.support.Messages;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JTable;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotation window under a real display, driven by keys and mouse drags as a user drives it. */
@GuiTest
class AnnotationWindowGuiTest {
    private static final String FIRST = "astronaut-portrait.jpg";
    private static final ImageSize FIRST_SIZE = new ImageSize(260, 300, 3);

    @TempDir
    Path home;
    private App app;
    private FrameFixture window;
    private CanvasDriver driver;
    private Path images;
    private Path labels;

    @BeforeAll
    static void display() {
        AppFixture.setUpClass();
    }

    @AfterEach
    void close() {
        AppFixture.cleanUp(window);
    }

    private void launch(String format) throws Exception {
        images = SampleImages.copyInto(home);
        labels = home.resolve("labels");
        LaunchOptions options = new LaunchOptions(Optional.of(images),
                Optional.of(Path.of("predefined_classes.txt").toAbsolutePath()), Optional.of(labels),
                Optional.of(format), Optional.empty(), false, false);
        AppFixture.Launched launched = AppFixture.launch(options, home.resolve("settings.json"));
        app = launched.app();
        window = launched.window();
        driver = new CanvasDriver(app, window);
        driver.waitForImage(FIRST);
    }

    private void save() {
        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
    }

    private void undo() {
        driver.chord(KeyEvent.VK_Z, KeyEvent.VK_CONTROL);
    }

    private void redo() {
        driver.chord(KeyEvent.VK_Z, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
    }

    /** Draws a box between two view points and labels it; returns where in the image the drag was. */
    private double[] drawAndLabel(Point from, Point to, String label) {
        ViewTransform t = driver.transform();
        double[] expected = {t.toImageX(from.x), t.toImageY(from.y), t.toImageX(to.x), t.toImageY(to.y)};
        driver.drawBox(from, to);
        driver.answerLabel(label);
        CanvasDriver.waitFor("the box is added", () -> driver.boxes().size() == 1);
        return expected;
    }

    @Test
    void aBoxDrawnAndLabelledIsSavedAsVocWhereItWasDragged() throws Exception {
        launch("voc");
        Point from = driver.viewOf(40, 50);
        Point to = driver.viewOf(200, 260);
        double[] dragged = drawAndLabel(from, to, "gizmo");
        assertThat(window.target().getTitle()).contains("*" + FIRST);
        save();
        Path xml = labels.resolve("astronaut-portrait.xml");
        driver.waitForFile(xml);
        CanvasDriver.waitFor("saved", () -> !GuiActionRunner.execute(() -> app.document().isDirty()));

        ImageAnnotation onDisk = Formats.VOC.read(xml, ImageRef.of(images.resolve(FIRST), FIRST_SIZE),
                FormatOptions.DEFAULT).annotation();
        assertThat(onDisk.boxes()).hasSize(1);
        Box box = onDisk.boxes().get(0);
        assertThat(box.label()).isEqualTo("gizmo");
        assertThat(box.xMin()).isCloseTo(dragged[0], within(1.0));
        assertThat(box.yMin()).isCloseTo(dragged[1], within(1.0));
        assertThat(box.xMax()).isCloseTo(dragged[2], within(1.0));
        assertThat(box.yMax()).isCloseTo(dragged[3], within(1.0));
        assertThat(window.target().getTitle()).doesNotContain("*");
    }

    @Test
    void aBoxDrawnInYoloModeIsSavedWithANewClassAppended() throws Exception {
        launch("yolo");
        Point from = driver.viewOf(30, 30);
        Point to = driver.viewOf(130, 230);
        double[] dragged = drawAndLabel(from, to, "gizmo");
        save();
        Path txt = labels.resolve("astronaut-portrait.txt");
        driver.waitForFile(txt);
        List<String> classes = Files.readAllLines(labels.resolve("classes.txt"));
        assertThat(classes).endsWith("gizmo");
        assertThat(classes).startsWith(Files.readAllLines(Path.of("predefined_classes.txt")).get(0));
        String[] fields = Files.readString(txt).trim().split(" ");
        assertThat(Integer.parseInt(fields[0])).isEqualTo(classes.indexOf("gizmo"));
        assertThat(Double.parseDouble(fields[1]) * 260).isCloseTo((dragged[0] + dragged[2]) / 2, within(1.0));
        assertThat(Double.parseDouble(fields[2]) * 300).isCloseTo((dragged[1] + dragged[3]) / 2, within(1.0));
        assertThat(Double.parseDouble(fields[3]) * 260).isCloseTo(dragged[2] - dragged[0], within(1.0));
        assertThat(Double.parseDouble(fields[4]) * 300).isCloseTo(dragged[3] - dragged[1], within(1.0));
    }

    @Test
    void moveUndoRedoAreEachOneStep() throws Exception {
        launch("voc");
        drawAndLabel(driver.viewOf(40, 40), driver.viewOf(140, 140), "gizmo");
        Box drawn = driver.boxes().get(0);
        driver.drag(driver.viewOf(90, 90), driver.viewOf(120, 110));
        Box moved = driver.boxes().get(0);
        ViewTransform t = driver.transform();
        assertThat(moved.xMin() - drawn.xMin()).isCloseTo(30, within(1.5 / t.scale() + 0.5));
        assertThat(moved.yMin() - drawn.yMin()).isCloseTo(20, within(1.5 / t.scale() + 0.5));
        assertThat(moved.xMax() - moved.xMin()).isCloseTo(drawn.xMax() - drawn.xMin(), within(1e-9));

        undo();
        assertThat(driver.boxes()).containsExactly(drawn);
        redo();
        assertThat(driver.boxes()).containsExactly(moved);
        undo();
        undo();
        assertThat(driver.boxes()).isEmpty();
    }

    @Test
    void arrowKeysNudgeTheSelectedBoxAndABurstUndoesAtOnce() throws Exception {
        launch("voc");
        drawAndLabel(driver.viewOf(40, 40), driver.viewOf(140, 140), "gizmo");
        Box drawn = driver.boxes().get(0);
        driver.keys(KeyEvent.VK_RIGHT, KeyEvent.VK_RIGHT, KeyEvent.VK_DOWN);
        driver.chord(KeyEvent.VK_RIGHT, KeyEvent.VK_SHIFT);
        Box nudged = driver.boxes().get(0);
        assertThat(nudged.xMin() - drawn.xMin()).isCloseTo(12, within(1e-9));
        assertThat(nudged.yMin() - drawn.yMin()).isCloseTo(1, within(1e-9));
        undo();
        assertThat(driver.boxes()).containsExactly(drawn);
    }

    @Test
    void plainArrowsNudgeABoxSelectedByAClickOnAFreshStart() throws Exception {
        // as a user: start, click inside a saved box, press Right three times; no click in the side panels
        Files.createDirectories(home.resolve("labels"));
        Files.writeString(home.resolve("labels/astronaut-portrait.xml"), "<annotation><filename>" + FIRST
                + "</filename><size><width>260</width><height>300</height><depth>3</depth></size><object>"
                + "<name>gizmo</name><bndbox><xmin>60</xmin><ymin>80</ymin><xmax>160</xmax><ymax>200</ymax>"
                + "</bndbox></object></annotation>");
        launch("voc");
        CanvasDriver.waitFor("the saved box", () -> driver.boxes().size() == 1);
        driver.click(driver.viewOf(110, 140));
        driver.keys(KeyEvent.VK_RIGHT, KeyEvent.VK_RIGHT, KeyEvent.VK_RIGHT, KeyEvent.VK_DOWN);
        Box nudged = driver.boxes().get(0);
        assertThat(List.of(nudged.xMin(), nudged.yMin(), nudged.xMax(), nudged.yMax()))
                .containsExactly(63.0, 81.0, 163.0, 201.0);
        assertThat(GuiActionRunner.execute(() -> app.window().getTitle())).startsWith("LabelJ — *");
    }

    @Test
    void escClearsTheNewBoxSelectionSoANumberKeyArmsTheNextBoxAndTheBarSaysWhich() throws Exception {
        launch("voc");
        drawAndLabel(driver.viewOf(40, 40), driver.viewOf(140, 140), "gizmo");
        assertThat(GuiActionRunner.execute(() -> app.selection().isEmpty())).isFalse();
        assertThat(classKeys()).contains("1 person").contains("3 dog");
        driver.keys(KeyEvent.VK_ESCAPE);
        assertThat(GuiActionRunner.execute(() -> app.selection().isEmpty())).isTrue();
        driver.keys(KeyEvent.VK_3);
        assertThat(driver.boxes().get(0).label()).isEqualTo("gizmo");
        assertThat(classKeys()).contains("Next box: dog");
        // the next box takes the armed class without asking; then nothing stays armed
        driver.drawBox(driver.viewOf(150, 150), driver.viewOf(220, 260));
        CanvasDriver.waitFor("the second box", () -> driver.boxes().size() == 2);
        assertThat(driver.boxes().get(1).label()).isEqualTo("dog");
        assertThat(classKeys()).doesNotContain("Next box");
        // armed, then Esc with nothing selected: forgotten
        driver.keys(KeyEvent.VK_ESCAPE, KeyEvent.VK_2);
        assertThat(classKeys()).contains("Next box: cat");
        driver.keys(KeyEvent.VK_ESCAPE);
        assertThat(classKeys()).doesNotContain("Next box");
    }

    @Test
    void theRightClickMenusOfTheCanvasAndOfTheBoxListDeleteTheBoxUnderThem() throws Exception {
        launch("voc");
        drawAndLabel(driver.viewOf(40, 40), driver.viewOf(120, 120), "gizmo");
        driver.keys(KeyEvent.VK_ESCAPE);
        driver.drawBox(driver.viewOf(150, 150), driver.viewOf(220, 260));
        driver.answerLabel("dog");
        CanvasDriver.waitFor("the second box", () -> driver.boxes().size() == 2);

        // a right click on the first box, which is not selected: it is selected and its menu deletes it
        driver.robot().click(app.canvas(), driver.viewOf(80, 80), MouseButton.RIGHT_BUTTON, 1);
        driver.robot().click(popupItem(Messages.get("action.deleteBox")));
        driver.robot().waitForIdle();
        assertThat(driver.boxes()).extracting(Box::label).containsExactly("dog");

        // the box list's own menu: a right click on its row, then Delete Box
        JTable table = window.table("boxList").target();
        Rectangle row = GuiActionRunner.execute(() -> table.getCellRect(0, 0, true));
        driver.robot().click(table, new Point(row.x + row.width / 2, row.y + row.height / 2));
        driver.robot().click(table, new Point(row.x + row.width / 2, row.y + row.height / 2),
                MouseButton.RIGHT_BUTTON, 1);
        driver.robot().click(popupItem(Messages.get("action.deleteBox")));
        driver.robot().waitForIdle();
        assertThat(driver.boxes()).isEmpty();
    }

    /** The showing right-click menu's item with this text. */
    private JMenuItem popupItem(String text) {
        return driver.robot().finder().find(new GenericTypeMatcher<>(JMenuItem.class, true) {
            @Override
            protected boolean isMatching(JMenuItem item) {
                return text.equals(item.getText()) && item.getParent() instanceof JPopupMenu
                        && "canvasPopup".equals(item.getParent().getName());
            }
        });
    }

    private String classKeys() {
        return GuiActionRunner.execute(() -> ((dev.labelj.ui.panels.ClassKeysBar) org.assertj.swing.core.BasicComponentFinder
                .finderWithCurrentAwtHierarchy().findByName(app.window(), "classKeys")).plainText());
    }

    @Test
    void aHandleResizesByWhatTheMouseMovedAt400And25Percent() throws Exception {
        launch("voc");
        drawAndLabel(driver.viewOf(60, 60), driver.viewOf(160, 200), "gizmo");
        for (double scale : new double[] {4.0, 0.25}) {
            GuiActionRunner.execute(() -> app.canvas().setZoom(Zoom.manual(scale)));
            window.robot().waitForIdle();
            Box before = driver.boxes().get(0);
            // at 400 % the corner may be off screen: pan so the bottom-right corner is in view
            if (scale > 1) {
                Point corner = driver.viewOf(before.xMax(), before.yMax());
                GuiActionRunner.execute(() -> app.canvas().pan(app.canvas().getWidth() / 2.0 - corner.x,
                        app.canvas().getHeight() / 2.0 - corner.y));
                window.robot().waitForIdle();
            }
            Point corner = driver.viewOf(before.xMax(), before.yMax());
            // the box stays selected after drawing; its handle is grabbed a few screen pixels off its centre
            Point grab = new Point(corner.x - 3, corner.y - 2);
            driver.drag(grab, new Point(grab.x + 20, grab.y + 12));
            Box after = driver.boxes().get(0);
            ViewTransform t = driver.transform();
            assertThat(t.scale()).isEqualTo(scale);
            assertThat(after.xMin()).isEqualTo(before.xMin());
            assertThat(after.yMin()).isEqualTo(before.yMin());
            double expectedW = Math.min(260, t.toImageX(grab.x + 20)) - before.xMin();
            double expectedH = Math.min(300, t.toImageY(grab.y + 12)) - before.yMin();
            assertThat(after.xMax() - after.xMin()).as("width at %s", scale).isCloseTo(expectedW, within(1.0));
            assertThat(after.yMax() - after.yMin()).as("height at %s", scale).isCloseTo(expectedH, within(1.0));
            assertThat(after.xMax()).isGreaterThan(before.xMax());
        }
    }
}
