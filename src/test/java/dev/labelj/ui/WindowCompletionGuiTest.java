package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.image.DecodedImage;
import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.support.SampleImages;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.panels.ClassKeysBar;
import dev.labelj.ui.session.LaunchOptions;
import java.awt.AWTEvent;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicComponentFinder;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The box list, the bars over it and the file list's list are made after the first picture is on the screen:
 * made late, they show what happened before them (the folder, the image, its boxes, the classes), hear
 * everything after, and the picture keeps its place when they arrive.
 */
@GuiTest
class WindowCompletionGuiTest {
    private static final String FIRST = "astronaut-portrait.jpg";
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
    void panelsMadeAfterTheFirstPictureShowWhatCameBeforeAndThePictureKeepsItsPlace() throws Exception {
        Path images = SampleImages.copyInto(home);
        Path labels = Files.createDirectories(home.resolve("labels"));
        Files.writeString(labels.resolve("astronaut-portrait.xml"), "<annotation><filename>" + FIRST
                + "</filename><size><width>260</width><height>300</height><depth>3</depth></size>"
                + box("gizmo", 60, 80, 160, 200) + box("person", 10, 10, 50, 60) + "</annotation>");
        LaunchOptions options = new LaunchOptions(Optional.of(images),
                Optional.of(Path.of("predefined_classes.txt").toAbsolutePath()), Optional.of(labels),
                Optional.of("voc"), Optional.empty(), false, false).withSettingsFile(home.resolve("settings.json"));
        List<Place> canvasAtPicture = new ArrayList<>();
        App app = GuiActionRunner.execute(() -> {
            App started = App.start(options);
            started.session().addListener(new BrowseListener() {
                @Override
                public void imageShown(int index, DecodedImage image) {
                    if (canvasAtPicture.isEmpty()) {
                        canvasAtPicture.add(placeInTheWindow(started));
                    }
                }
            });
            return started;
        });
        window = new FrameFixture(app.window());
        app.windowCompleted().get(20, TimeUnit.SECONDS);
        CanvasDriver driver = new CanvasDriver(app, window);
        driver.waitForImage(FIRST);
        window.robot().waitForIdle();

        // where the first picture was painted (alone, at once) is where it stays once the window is complete; the
        // window manager may still be giving the frame its decorations then, which changes the content's size
        Place atPicture = canvasAtPicture.get(0);
        Place complete = GuiActionRunner.execute(() -> placeInTheWindow(app));
        assertThat(complete.margins()).as("the canvas's margins in the window's content once the panels are in")
                .isEqualTo(atPicture.margins());
        if (complete.decorations().equals(atPicture.decorations())) {
            assertThat(complete.content()).as("the window's content, its decorations unchanged")
                    .isEqualTo(atPicture.content());
        }
        assertThat(GuiActionRunner.execute(() -> app.window().boxColumn().getWidth()
                - app.window().boxColumn().getComponent(0).getPreferredSize().width))
                .as("the bars over the box list fit the width kept for them").isGreaterThanOrEqualTo(0);
        JTable boxes = window.table("boxList").target();
        assertThat(GuiActionRunner.execute(() -> List.of(boxes.getModel().getValueAt(0, 0),
                boxes.getModel().getValueAt(1, 0)))).containsExactly("gizmo", "person");
        JList<?> files = window.list("fileList").target();
        assertThat(GuiActionRunner.execute(files::getSelectedIndex)).isZero();
        assertThat(classKeys(app)).contains("1 person").contains("9 bicycle");
        assertThat(GuiActionRunner.execute(() -> java.util.stream.IntStream
                .range(0, app.window().fileMenu().getItemCount()).mapToObj(app.window().fileMenu()::getItem)
                .filter(java.util.Objects::nonNull).map(java.awt.Component::getName).toList()))
                .as("the File menu's entries").contains("save", "quit", "recentMenu");

        // and from now on they follow: a box selected on the canvas, then the next image
        driver.click(driver.viewOf(110, 140));
        CanvasDriver.waitFor("the box list selects gizmo", () -> GuiActionRunner.execute(
                () -> boxes.getSelectedRowCount() == 1 && boxes.getSelectedRow() == 0));
        window.focus();
        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("astronaut.jpg");
        assertThat(GuiActionRunner.execute(files::getSelectedIndex)).isEqualTo(1);
        assertThat(GuiActionRunner.execute(() -> boxes.getModel().getRowCount())).isZero();
    }

    /** Where the canvas is laid out in the window's content, under the menu bar and beside the side panels. */
    private static Place placeInTheWindow(App app) {
        Point inContent = SwingUtilities.convertPoint(app.canvas(), 0, 0, app.window().getRootPane());
        return new Place(new Rectangle(inContent, app.canvas().getSize()), app.window().getRootPane().getSize(),
                app.window().getInsets());
    }

    /** The canvas in the window's content, the content's size and the frame's decorations around it. */
    private record Place(Rectangle canvas, Dimension content, Insets decorations) {
        /** The canvas's distance from the content's left, top, right and bottom edges. */
        Insets margins() {
            return new Insets(canvas.y, canvas.x, content.height - canvas.y - canvas.height,
                    content.width - canvas.x - canvas.width);
        }
    }

    @Test
    void theArrowsNudgeTheSelectedBoxWhileAPartMadeLateHasFocus() throws Exception {
        Path images = SampleImages.copyInto(home);
        Path labels = Files.createDirectories(home.resolve("labels"));
        Files.writeString(labels.resolve("astronaut-portrait.xml"), "<annotation><filename>" + FIRST
                + "</filename><size><width>260</width><height>300</height><depth>3</depth></size>"
                + box("gizmo", 60, 80, 160, 200) + "</annotation>");
        AppFixture.Launched launched = AppFixture.launch(new LaunchOptions(Optional.of(images), Optional.empty(),
                Optional.of(labels), Optional.of("voc"), Optional.empty(), false, false),
                home.resolve("settings.json"));
        App app = launched.app();
        window = launched.window();
        CanvasDriver driver = new CanvasDriver(app, window);
        driver.waitForImage(FIRST);
        CanvasDriver.waitFor("the saved box", () -> driver.boxes().size() == 1);
        driver.click(driver.viewOf(110, 140));
        // the score slider over the box list takes the arrows for itself unless the window's keys pass through it
        javax.swing.JSlider floor = window.slider("proposalFloor").target();
        GuiActionRunner.execute(() -> floor.requestFocusInWindow());
        CanvasDriver.waitFor("the slider has focus", () -> GuiActionRunner.execute(floor::isFocusOwner));
        driver.keys(KeyEvent.VK_RIGHT, KeyEvent.VK_RIGHT);
        assertThat(driver.boxes().get(0).xMin()).isEqualTo(62.0);
        assertThat(GuiActionRunner.execute(floor::getValue)).as("the slider did not move").isZero();
    }

    /**
     * The commands are defined after the first picture (docs/adr/0179); a key pressed before then completes the
     * window first and runs its command, as a key pressed later does.
     */
    @Test
    void aKeyPressedBeforeTheCommandsAreDefinedRunsItsCommand() throws Exception {
        Path images = SampleImages.copyInto(home);
        LaunchOptions options = new LaunchOptions(Optional.of(images),
                Optional.of(Path.of("predefined_classes.txt").toAbsolutePath()), Optional.empty(),
                Optional.of("voc"), Optional.empty(), false, false).withSettingsFile(home.resolve("settings.json"));
        Pressed pressed = startAndPress(options, canvas -> new KeyEvent(canvas, KeyEvent.KEY_PRESSED,
                System.currentTimeMillis(), KeyEvent.SHIFT_DOWN_MASK | menuKey(), KeyEvent.VK_P,
                KeyEvent.CHAR_UNDEFINED));

        assertThat(pressed.completeBefore()).as("the window was complete before the first picture").isFalse();
        assertThat(pressed.completeAfter()).as("the key completed the window").isTrue();
        assertThat(pressed.app().settings().settings().displayLabels()).as("Ctrl+Shift+P turned the labels off")
                .isFalse();
        assertThat(window.toolBar("toolBar").target().getComponentCount()).isGreaterThan(10);
    }

    /** A press of the mouse before the commands are defined completes the window first too (docs/adr/0179). */
    @Test
    void aMousePressBeforeTheCommandsAreDefinedCompletesTheWindowFirst() throws Exception {
        Path images = SampleImages.copyInto(home);
        LaunchOptions options = new LaunchOptions(Optional.of(images), Optional.empty(), Optional.empty(),
                Optional.of("voc"), Optional.empty(), false, false).withSettingsFile(home.resolve("settings.json"));
        // the toolkit's thread initialises this class with its lock held: done on the EDT it can wait on that lock
        Class.forName(java.awt.event.MouseEvent.class.getName(), true, getClass().getClassLoader());
        Pressed pressed = startAndPress(options, canvas -> new java.awt.event.MouseEvent(canvas,
                java.awt.event.MouseEvent.MOUSE_PRESSED, System.currentTimeMillis(), 0, 5, 5, 1, false,
                java.awt.event.MouseEvent.BUTTON1));

        assertThat(pressed.completeBefore()).as("the window was complete before the first picture").isFalse();
        assertThat(pressed.completeAfter()).as("the press completed the window").isTrue();
    }

    /** The started app, and whether its window was complete just before and just after the press. */
    private record Pressed(App app, boolean completeBefore, boolean completeAfter) {
    }

    /**
     * Starts the app and hands {@code press} to its canvas in the turn of the EDT that showed the window: before the
     * folder's images reach it, so before the commands are defined.
     */
    private Pressed startAndPress(LaunchOptions options, java.util.function.Function<JComponent, AWTEvent> press) {
        boolean[] complete = new boolean[2];
        App app = GuiActionRunner.execute(() -> {
            App started = App.start(options);
            complete[0] = started.windowCompleted().isDone();
            started.canvas().dispatchEvent(press.apply(started.canvas()));
            complete[1] = started.windowCompleted().isDone();
            return started;
        });
        window = new FrameFixture(app.window());
        return new Pressed(app, complete[0], complete[1]);
    }

    private static int menuKey() {
        return java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
    }

    @Test
    void withoutAFolderTheWindowIsCompletedToo() throws Exception {
        LaunchOptions options = LaunchOptions.empty().withSettingsFile(home.resolve("settings.json"));
        App app = GuiActionRunner.execute(() -> App.start(options));
        window = new FrameFixture(app.window());
        app.windowCompleted().get(20, TimeUnit.SECONDS);
        assertThat(window.table("boxList").target()).isNotNull();
        assertThat(window.textBox("fileFilter").target()).isNotNull();
    }

    private static String box(String label, int xMin, int yMin, int xMax, int yMax) {
        return "<object><name>" + label + "</name><bndbox><xmin>" + xMin + "</xmin><ymin>" + yMin + "</ymin><xmax>"
                + xMax + "</xmax><ymax>" + yMax + "</ymax></bndbox></object>";
    }

    private static String classKeys(App app) {
        return GuiActionRunner.execute(() -> ((ClassKeysBar) BasicComponentFinder.finderWithCurrentAwtHierarchy()
                .findByName(app.window(), "classKeys")).plainText());
    }
}
