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
@GuiTest
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

    private void openAnnotation(Path file) {
        driver.chord(KeyEvent.VK_O, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        JFileChooserFixture chooser = window.fileChooser("openAnnotationChooser");
        chooser.selectFile(file.toFile());
        chooser.approve();
    }

    @Test
    void openAnnotationTakesTheImagesBoxesFromACocoFileAsOneUndoableEdit() throws Exception {
        launch();
        driver.drawBox(driver.viewOf(10, 10), driver.viewOf(60, 60));
        driver.answerLabel("mine");
        Path coco = Files.writeString(home.resolve("instances.json"), """
                {"images": [{"id": 7, "file_name": "train/astronaut-portrait.jpg", "width": 1, "height": 1},
                            {"id": 8, "file_name": "astronaut.jpg", "width": 1, "height": 1}],
                 "categories": [{"id": 1, "name": "helmet"}, {"id": 2, "name": "flag"}],
                 "annotations": [{"id": 1, "image_id": 7, "category_id": 1, "bbox": [20, 30, 40, 50]},
                                 {"id": 2, "image_id": 8, "category_id": 2, "bbox": [1, 1, 5, 5]},
                                 {"id": 3, "image_id": 7, "category_id": 2, "bbox": [5, 6, 7, 8]}]}
                """);
        openAnnotation(coco);
        CanvasDriver.waitFor("the file's boxes", () -> driver.boxes().size() == 2);
        assertThat(driver.boxes()).extracting(b -> b.label()).containsExactly("helmet", "flag");
        assertThat(driver.boxes().get(0).xMax()).isEqualTo(60.0);
        assertThat(driver.boxes().get(0).yMax()).isEqualTo(80.0);
        assertThat(labels.resolve("astronaut-portrait.xml")).as("nothing written before Save").doesNotExist();

        driver.chord(KeyEvent.VK_Z, KeyEvent.VK_CONTROL);
        assertThat(driver.boxes()).extracting(b -> b.label()).containsExactly("mine");
    }

    @Test
    void openAnnotationOfABrokenFileSaysWhichAndChangesNothing() throws Exception {
        launch();
        driver.drawBox(driver.viewOf(10, 10), driver.viewOf(60, 60));
        driver.answerLabel("mine");
        Path broken = Files.writeString(home.resolve("broken.xml"), "<annotation><object><name>x</name>");
        openAnnotation(broken);
        JOptionPaneFixture error = window.optionPane(org.assertj.swing.timing.Timeout.timeout(5000));
        assertThat(error.target().getMessage().toString()).contains("broken.xml");
        error.okButton().click();
        assertThat(driver.boxes()).extracting(b -> b.label()).containsExactly("mine");
    }

    @Test
    void aSingleImageOpenedIsOfferedInOpenRecentAndReopensAlone() throws Exception {
        launch();
        driver.chord(KeyEvent.VK_O, KeyEvent.VK_CONTROL);
        JFileChooserFixture open = window.fileChooser("openFileChooser");
        open.selectFile(images.resolve(SECOND).toFile());
        open.approve();
        driver.waitForImage(SECOND);
        CanvasDriver.waitFor("only that image", () -> listed() == 1);
        driver.keys(KeyEvent.VK_F5);
        driver.waitForImage(SECOND);
        assertThat(listed()).as("F5 rescans the image, not its whole folder").isEqualTo(1);

        window.menuItem("recentMenu").click();
        window.menuItem("recent.1").click();
        CanvasDriver.waitFor("the whole folder again", () -> listed() > 1);
        driver.waitForImage(SECOND); // the folder resumes at the image last shown in it

        window.menuItem("recentMenu").click();
        assertThat(window.menuItem("recent.1").target().getText()).endsWith(images.resolve(SECOND).toString());
        window.menuItem("recent.1").click();
        driver.waitForImage(SECOND);
        CanvasDriver.waitFor("the single image alone", () -> listed() == 1);
    }
}
