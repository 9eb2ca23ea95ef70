package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.support.SampleImages;
import dev.labelj.ui.session.LaunchOptions;
import dev.labelj.ui.support.Messages;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leaving an image with unsaved boxes asks first, whichever way the user leaves; keys work after list clicks. */
@GuiTest
class UnsavedChangesGuiTest {
    @TempDir
    Path home;
    private App app;
    private FrameFixture window;
    private CanvasDriver driver;
    private Path labels;

    @BeforeAll
    static void display() {
        AppFixture.setUpClass();
    }

    @AfterEach
    void close() {
        AppFixture.cleanUp(window);
    }

    private void launch() throws Exception {
        Path images = SampleImages.copyInto(home);
        labels = home.resolve("labels");
        LaunchOptions options = new LaunchOptions(Optional.of(images), Optional.empty(), Optional.of(labels),
                Optional.of("voc"), Optional.empty(), false, false);
        AppFixture.Launched launched = AppFixture.launch(options, home.resolve("settings.json"));
        app = launched.app();
        window = launched.window();
        driver = new CanvasDriver(app, window);
        driver.waitForImage("astronaut-portrait.jpg");
    }

    private void drawOneBox() {
        driver.drawBox(driver.viewOf(40, 40), driver.viewOf(150, 160));
        driver.answerLabel("gizmo");
        CanvasDriver.waitFor("one box", () -> driver.boxes().size() == 1);
    }

    private JOptionPaneFixture prompt() {
        JOptionPaneFixture pane = JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(window.robot());
        pane.requireMessage(Messages.get("unsaved.question", "astronaut-portrait.jpg"));
        return pane;
    }

    private String shownImage() {
        return GuiActionRunner.execute(() -> app.document().current().imageFileName());
    }

    @Test
    void dAnsweredSaveWritesTheBoxesThenMovesOn() throws Exception {
        launch();
        CanvasDriver.waitFor("the folder's labelled count", () -> labelled().equals(
                Messages.get("status.labelledOf", 0, 8)));
        drawOneBox();
        driver.keys(KeyEvent.VK_D);
        prompt().buttonWithText(Messages.get("unsaved.save")).click();
        driver.waitForImage("astronaut.jpg");
        assertThat(Files.readString(labels.resolve("astronaut-portrait.xml"))).contains("<name>gizmo</name>");
        assertThat(labelled()).isEqualTo(Messages.get("status.labelledOf", 1, 8));
    }

    private String labelled() {
        return GuiActionRunner.execute(() -> window.label("status.labelled").target().getText());
    }

    @Test
    void dAnsweredDiscardMovesOnAndWritesNothing() throws Exception {
        launch();
        drawOneBox();
        driver.keys(KeyEvent.VK_D);
        prompt().buttonWithText(Messages.get("unsaved.discard")).click();
        driver.waitForImage("astronaut.jpg");
        assertThat(labels.resolve("astronaut-portrait.xml")).doesNotExist();
        // coming back shows what is on disk: no box
        driver.keys(KeyEvent.VK_A);
        driver.waitForImage("astronaut-portrait.jpg");
        assertThat(driver.boxes()).isEmpty();
    }

    @Test
    void dAnsweredCancelStaysWithTheBoxesUnsaved() throws Exception {
        launch();
        drawOneBox();
        driver.keys(KeyEvent.VK_D);
        prompt().buttonWithText(Messages.get("unsaved.cancel")).click();
        window.robot().waitForIdle();
        assertThat(shownImage()).isEqualTo("astronaut-portrait.jpg");
        assertThat(driver.boxes()).hasSize(1);
        assertThat(GuiActionRunner.execute(() -> app.document().isDirty())).isTrue();
        assertThat(window.target().getTitle()).contains("[1 / 8]");
        assertThat(labels.resolve("astronaut-portrait.xml")).doesNotExist();
    }

    @Test
    void closingTheWindowAsksTooAndCancelKeepsItOpen() throws Exception {
        launch();
        drawOneBox();
        window.close();
        prompt().buttonWithText(Messages.get("unsaved.cancel")).click();
        window.robot().waitForIdle();
        assertThat(window.target().isShowing()).isTrue();
        assertThat(driver.boxes()).hasSize(1);
        driver.chord(KeyEvent.VK_Q, KeyEvent.VK_CONTROL);
        prompt().buttonWithText(Messages.get("unsaved.save")).click();
        CanvasDriver.waitFor("the window closed after saving", () -> !window.target().isShowing());
        assertThat(Files.readString(labels.resolve("astronaut-portrait.xml"))).contains("<name>gizmo</name>");
    }

    @Test
    void theFileListAsksTooAndCancelKeepsItsSelectionOnTheShownImage() throws Exception {
        launch();
        drawOneBox();
        window.list("fileList").clickItem(4);
        prompt().buttonWithText(Messages.get("unsaved.cancel")).click();
        window.robot().waitForIdle();
        assertThat(shownImage()).isEqualTo("astronaut-portrait.jpg");
        assertThat(window.list("fileList").target().getSelectedIndex()).isZero();
    }

    @Test
    void afterAClickInTheFileListDShowsExactlyTheNextImage() throws Exception {
        launch();
        window.list("fileList").clickItem(2);
        driver.waitForImage("cameraman.png");
        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("cat-closeup.jpg");
        window.robot().waitForIdle();
        assertThat(shownImage()).isEqualTo("cat-closeup.jpg");
        assertThat(window.target().getTitle()).contains("[4 / 8]");
        driver.keys(KeyEvent.VK_A);
        driver.waitForImage("cameraman.png");
        assertThat(window.target().getTitle()).contains("[3 / 8]");
    }

    @Test
    void existingBoxesAreShownAndAnUnreadableFileOpensReadOnlyAndIsNeverOverwritten() throws Exception {
        Files.createDirectories(home.resolve("labels"));
        Files.copy(Path.of("data/annotations/astronaut-portrait.xml"), home.resolve("labels/astronaut-portrait.xml"));
        String broken = "<annotation><object><name>cat";
        Files.writeString(home.resolve("labels/astronaut.xml"), broken);
        launch();
        assertThat(driver.boxes()).isNotEmpty();
        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("astronaut.jpg");
        assertThat(GuiActionRunner.execute(() -> app.document().isEditable())).isFalse();
        assertThat(GuiActionRunner.execute(() -> window.label("status").target().getText())).contains("astronaut.xml");
        driver.keys(KeyEvent.VK_W);
        driver.drag(driver.viewOf(20, 20), driver.viewOf(120, 120));
        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        window.robot().waitForIdle();
        assertThat(driver.boxes()).isEmpty();
        assertThat(Files.readString(home.resolve("labels/astronaut.xml"))).isEqualTo(broken);
    }
}
