package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.support.SampleImages;
import dev.labelj.ui.session.LaunchOptions;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** labelImg's modes in a real window, by keyboard and mouse. */
@GuiTest
class ModesGuiTest {
    @TempDir
    Path home;
    private App app;
    private FrameFixture window;
    private CanvasDriver driver;
    private Path labels;
    private List<String> classes;

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
        Path classFile = Path.of("predefined_classes.txt").toAbsolutePath();
        classes = Files.readAllLines(classFile).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        LaunchOptions options = new LaunchOptions(Optional.of(images), Optional.of(classFile), Optional.of(labels),
                Optional.of("voc"), Optional.empty(), false, false);
        AppFixture.Launched launched = AppFixture.launch(options, home.resolve("settings.json"));
        app = launched.app();
        window = launched.window();
        driver = new CanvasDriver(app, window);
        driver.waitForImage("astronaut-portrait.jpg");
        CanvasDriver.waitFor("the class list is read", () -> GuiActionRunner.execute(
                () -> app.session().files() != null) && labellerKnows(classes.get(1)));
    }

    private boolean labellerKnows(String name) {
        return GuiActionRunner.execute(() -> app.labelsOffered().contains(name));
    }

    private List<String> labelsOnImage() {
        return driver.boxes().stream().map(Box::label).toList();
    }

    private void drawWithoutDialog(int x, int y) {
        driver.drawBox(driver.viewOf(x, y), driver.viewOf(x + 40, y + 40));
    }

    @Test
    void singleClassModeAsksOnceThenReusesTheLabel() throws Exception {
        launch();
        window.menuItem("singleClass").click();
        driver.drawBox(driver.viewOf(10, 10), driver.viewOf(60, 60));
        driver.answerLabel("gizmo");
        drawWithoutDialog(100, 10);
        drawWithoutDialog(10, 150);
        CanvasDriver.waitFor("three boxes", () -> driver.boxes().size() == 3);
        assertThat(labelsOnImage()).containsExactly("gizmo", "gizmo", "gizmo");
        assertThat(GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .anyMatch(w -> "labelDialog".equals(w.getName()) && w.isShowing()))).as("no dialog left open").isFalse();
    }

    @Test
    void numberKeysGiveTheSelectedBoxOrTheNextBoxTheNthClass() throws Exception {
        launch();
        driver.keys(KeyEvent.VK_3);
        drawWithoutDialog(10, 10);
        CanvasDriver.waitFor("one box", () -> driver.boxes().size() == 1);
        assertThat(labelsOnImage()).containsExactly(classes.get(2));
        driver.keys(KeyEvent.VK_2);
        assertThat(labelsOnImage()).as("the selected box is relabelled").containsExactly(classes.get(1));
    }

    @Test
    void spaceVerifiesTheImageAndSavesIt() throws Exception {
        launch();
        driver.keys(KeyEvent.VK_SPACE);
        Path xml = labels.resolve("astronaut-portrait.xml");
        driver.waitForFile(xml);
        CanvasDriver.waitFor("verified on disk", () -> {
            try {
                return Files.readString(xml).contains("verified=\"yes\"");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertThat(GuiActionRunner.execute(() -> app.document().current().verified())).isTrue();
        assertThat(GuiActionRunner.execute(() -> app.document().isDirty())).isFalse();
    }

    @Test
    void ctrlVCopiesThePreviousImagesBoxesAsOneUndoableEdit() throws Exception {
        launch();
        window.menuItem("autoSave").click();
        driver.drawBox(driver.viewOf(10, 10), driver.viewOf(60, 60));
        driver.answerLabel("gizmo");
        List<Box> first = driver.boxes();
        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("astronaut.jpg");
        assertThat(labels.resolve("astronaut-portrait.xml")).as("auto save, no prompt").exists();
        driver.chord(KeyEvent.VK_V, KeyEvent.VK_CONTROL);
        assertThat(driver.boxes()).isEqualTo(first);
        assertThat(labels.resolve("astronaut.xml")).as("nothing saved behind the user's back").doesNotExist();
        driver.chord(KeyEvent.VK_Z, KeyEvent.VK_CONTROL);
        assertThat(driver.boxes()).isEmpty();
    }

    @Test
    void copiedBoxesPasteOntoAnotherImageCutToItsEdgesAsOneUndoableEdit() throws Exception {
        launch();
        window.menuItem("autoSave").click();
        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("astronaut.jpg"); // 512 x 512
        driver.drawBox(driver.viewOf(10, 10), driver.viewOf(60, 60));
        driver.answerLabel("inside");
        driver.drawBox(driver.viewOf(200, 250), driver.viewOf(300, 350));
        driver.answerLabel("partly");
        driver.drawBox(driver.viewOf(400, 400), driver.viewOf(500, 500));
        driver.answerLabel("outside");
        GuiActionRunner.execute(() -> app.selection().set(List.of(0, 1, 2)));
        Box drawn = driver.boxes().get(1);
        driver.chord(KeyEvent.VK_C, KeyEvent.VK_CONTROL);
        assertThat(statusText()).isEqualTo(dev.labelj.ui.support.Messages.get("status.boxesCopied", 3));

        driver.keys(KeyEvent.VK_A);
        driver.waitForImage("astronaut-portrait.jpg"); // 260 x 300
        driver.chord(KeyEvent.VK_V, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        List<Box> pasted = driver.boxes();
        assertThat(pasted).extracting(Box::label).containsExactly("inside", "partly");
        Box partly = pasted.get(1);
        assertThat(List.of(partly.xMin(), partly.yMin(), partly.xMax(), partly.yMax()))
                .as("cut to the 260 x 300 image").containsExactly(drawn.xMin(), drawn.yMin(), 260.0, 300.0);
        assertThat(statusText()).isEqualTo(dev.labelj.ui.support.Messages.get("status.boxesAddedClipped", 2, 1, 1));
        assertThat(GuiActionRunner.execute(() -> app.selection().indices())).containsExactly(0, 1);

        driver.chord(KeyEvent.VK_Z, KeyEvent.VK_CONTROL);
        assertThat(driver.boxes()).as("one undo takes the paste back").isEmpty();
        driver.chord(KeyEvent.VK_V, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        assertThat(driver.boxes()).as("the copy stays for the next image").hasSize(2);
    }

    private String statusText() {
        return GuiActionRunner.execute(() -> window.label("status").target().getText());
    }
}
