package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.SampleImages;
import dev.labelj.ui.session.LaunchOptions;
import dev.labelj.ui.support.Messages;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delete Image and its undo, Save As, in a real window, by keyboard: confirmed, the files leave the folder and
 * come back; Save As writes the chosen file and format and leaves the normal save target alone.
 */
class FileCommandsGuiTest {
    private static final String FIRST = "astronaut-portrait.jpg";
    private static final String SECOND = "astronaut.jpg";
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

    private void launch() throws Exception {
        images = SampleImages.copyInto(home);
        labels = home.resolve("labels");
        LaunchOptions options = new LaunchOptions(Optional.of(images), Optional.empty(), Optional.of(labels),
                Optional.of("voc"), Optional.empty(), false, false);
        AppFixture.Launched launched = AppFixture.launch(options, home.resolve("settings.json"));
        app = launched.app();
        window = launched.window();
        driver = new CanvasDriver(app, window);
        driver.waitForImage(FIRST);
    }

    private int listed() {
        return GuiActionRunner.execute(() -> app.session().images().size());
    }

    @Test
    void ctrlShiftDAsksThenMovesImageAndAnnotationIntoDeletedAndUndoBringsThemBack() throws Exception {
        launch();
        driver.drawBox(driver.viewOf(10, 10), driver.viewOf(60, 60));
        driver.answerLabel("gizmo");
        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        Path xml = labels.resolve("astronaut-portrait.xml");
        driver.waitForFile(xml);
        int before = listed();

        driver.chord(KeyEvent.VK_D, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        JOptionPaneFixture confirm = window.optionPane();
        confirm.requireMessage(Messages.get("deleteImage.question", FIRST, 1, ".deleted"));
        confirm.okButton().click();

        driver.waitForImage(SECOND);
        assertThat(images.resolve(FIRST)).doesNotExist();
        assertThat(images.resolve(".deleted").resolve(FIRST)).exists();
        assertThat(xml).doesNotExist();
        assertThat(labels.resolve(".deleted/astronaut-portrait.xml")).exists();
        CanvasDriver.waitFor("the file list drops it", () -> listed() == before - 1);

        window.menuItem("undoDeleteImage").click();
        driver.waitForImage(FIRST);
        assertThat(images.resolve(FIRST)).exists();
        assertThat(Files.readString(xml)).contains("gizmo");
        assertThat(images.resolve(".deleted")).doesNotExist();
        CanvasDriver.waitFor("the file list has it again", () -> listed() == before);
        assertThat(driver.boxes()).hasSize(1);
    }

    @Test
    void cancellingTheConfirmationMovesNothing() throws Exception {
        launch();
        driver.chord(KeyEvent.VK_D, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        window.optionPane().cancelButton().click();
        assertThat(images.resolve(FIRST)).exists();
        assertThat(images.resolve(".deleted")).doesNotExist();
        assertThat(GuiActionRunner.execute(() -> app.document().current().imageFileName())).isEqualTo(FIRST);
    }

    @Test
    void ctrlShiftSWritesTheChosenFileInTheChosenFormatAndNotTheNormalTarget() throws Exception {
        launch();
        driver.drawBox(driver.viewOf(10, 10), driver.viewOf(60, 60));
        driver.answerLabel("gizmo");
        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        JFileChooserFixture chooser = window.fileChooser("saveAsChooser");
        assertThat(GuiActionRunner.execute(() -> chooser.target().getCurrentDirectory().toPath()))
                .as("no save dir on disk yet: beside the image").isEqualTo(images.toAbsolutePath());
        Path copy = home.resolve("copy.json");
        chooser.setCurrentDirectory(home.toFile());
        GuiActionRunner.execute(() -> chooser.target().setFileFilter(java.util.Arrays.stream(
                chooser.target().getChoosableFileFilters()).filter(f -> f.getDescription().startsWith("CreateML"))
                .findFirst().orElseThrow()));
        chooser.fileNameTextBox().setText("copy");
        chooser.approve();

        driver.waitForFile(copy);
        CanvasDriver.waitFor("the copy is written", () -> {
            try {
                return Files.readString(copy).contains("\"gizmo\"");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertThat(labels.resolve("astronaut-portrait.xml")).as("the normal target is not written").doesNotExist();
        assertThat(GuiActionRunner.execute(() -> app.document().isDirty())).as("still unsaved at its place").isTrue();
    }

    @Test
    void ctrlWSavesWhenAskedThenLeavesAnEmptyWindowThatOpensAgain() throws Exception {
        launch();
        driver.drawBox(driver.viewOf(10, 10), driver.viewOf(60, 60));
        driver.answerLabel("gizmo");
        driver.chord(KeyEvent.VK_W, KeyEvent.VK_CONTROL);
        JOptionPaneFixture prompt = window.optionPane();
        prompt.requireMessage(Messages.get("unsaved.question", FIRST));
        prompt.buttonWithText(Messages.get("unsaved.save")).click();

        Path xml = labels.resolve("astronaut-portrait.xml");
        driver.waitForFile(xml);
        CanvasDriver.waitFor("nothing is open", () -> GuiActionRunner.execute(() -> !app.document().hasImage()
                && !app.session().isOpen()));
        assertThat(Files.readString(xml)).contains("gizmo");
        window.list("fileList").requireItemCount(0);
        window.requireTitle(Messages.get("app.name"));
        assertThat(window.menuItem("close").target().isEnabled()).as("nothing left to close").isFalse();
        assertThat(window.menuItem("save").target().isEnabled()).isFalse();
        assertThat(window.menuItem("nextImage").target().isEnabled()).isFalse();

        driver.keys(KeyEvent.VK_D);
        assertThat(GuiActionRunner.execute(() -> app.document().hasImage())).as("D has nothing to go to").isFalse();

        window.menuItem("recentMenu").click();
        window.menuItem("recent.0").click();
        driver.waitForImage(FIRST);
        assertThat(driver.boxes()).extracting(b -> b.label()).containsExactly("gizmo");
        window.list("fileList").requireItemCount(listed());
    }

    @Test
    void neverUsedDialogsStartInTheImageFolderNotTheHomeFolder() throws Exception {
        launch();
        driver.chord(KeyEvent.VK_O, KeyEvent.VK_CONTROL);
        JFileChooserFixture open = window.fileChooser("openFileChooser");
        assertThat(GuiActionRunner.execute(() -> open.target().getCurrentDirectory().toPath()))
                .isEqualTo(images.toAbsolutePath());
        open.cancel();
        driver.chord(KeyEvent.VK_U, KeyEvent.VK_CONTROL);
        JFileChooserFixture openDir = window.fileChooser("openDirChooser");
        assertThat(GuiActionRunner.execute(() -> openDir.target().getCurrentDirectory().toPath()))
                .isEqualTo(images.toAbsolutePath());
        openDir.cancel();
        Files.createDirectories(labels);
        driver.chord(KeyEvent.VK_R, KeyEvent.VK_CONTROL);
        JFileChooserFixture saveDir = window.fileChooser("changeSaveDirChooser");
        assertThat(GuiActionRunner.execute(() -> saveDir.target().getCurrentDirectory().toPath()))
                .as("the save dir given at launch").isEqualTo(labels.toAbsolutePath());
        saveDir.cancel();
    }
}
