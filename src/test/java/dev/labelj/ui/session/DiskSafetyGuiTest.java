package dev.labelj.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.support.SampleImages;
import dev.labelj.ui.App;
import dev.labelj.ui.support.Messages;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window never writes over an annotation it did not read: a second format on disk, a file changed by another
 * window, a folder renamed away, two images sharing one annotation file. Each scenario is driven with keys and
 * mouse as a user would.
 */
@GuiTest
class DiskSafetyGuiTest {
    private static final String FIRST = "astronaut-portrait.jpg";
    @TempDir
    Path home;
    private FrameFixture window;
    private FrameFixture second;
    private App app;
    private CanvasDriver driver;

    @BeforeAll
    static void display() {
        AppFixture.setUpClass();
    }

    @AfterEach
    void close() {
        if (second != null) {
            second.target().dispatchEvent(new java.awt.event.WindowEvent(second.target(),
                    java.awt.event.WindowEvent.WINDOW_CLOSING));
            AppFixture.awaitSettingsSaved(second.target());
        }
        AppFixture.cleanUp(window);
    }

    private LaunchOptions options(Path images, Optional<Path> saveDir) {
        return new LaunchOptions(Optional.of(images), Optional.empty(), saveDir, Optional.of("voc"), Optional.empty(),
                false, false);
    }

    private void launch(LaunchOptions options, String firstImage) {
        AppFixture.Launched launched = AppFixture.launch(options, home.resolve("settings.json"));
        app = launched.app();
        window = launched.window();
        driver = new CanvasDriver(app, window);
        driver.waitForImage(firstImage);
    }

    private void drawBox(CanvasDriver on, String label, int at) {
        int before = on.boxes().size();
        on.drawBox(on.viewOf(at, at), on.viewOf(at + 90, at + 100));
        on.answerLabel(label);
        CanvasDriver.waitFor("the new box", () -> on.boxes().size() == before + 1);
    }

    private static boolean hasLabel(CanvasDriver on, String label) {
        return on.boxes().stream().map(Box::label).anyMatch(label::equals);
    }

    private String status() {
        return GuiActionRunner.execute(() -> window.label("status").target().getText());
    }

    private JOptionPaneFixture optionPane() {
        return JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(window.robot());
    }

    @Test
    void aBoxSavedInYoloBesideAnOlderVocFileIsWhatOpensAndWhatTheNextSaveKeeps() throws Exception {
        Path images = SampleImages.copyInto(home);
        Path labels = Files.createDirectories(home.resolve("labels"));
        Path voc = labels.resolve("astronaut-portrait.xml");
        Files.copy(Path.of("data/annotations/astronaut-portrait.xml"), voc);
        Files.setLastModifiedTime(voc, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        launch(options(images, Optional.of(labels)), FIRST);
        int vocBoxes = driver.boxes().size();

        driver.chord(KeyEvent.VK_Y, KeyEvent.VK_CONTROL);
        drawBox(driver, "gizmo", 30);
        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        Path yolo = labels.resolve("astronaut-portrait.txt");
        driver.waitForFile(yolo);
        CanvasDriver.waitFor("saved", () -> !GuiActionRunner.execute(() -> app.document().isDirty()));
        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("astronaut.jpg");
        driver.keys(KeyEvent.VK_A);
        driver.waitForImage(FIRST);

        assertThat(hasLabel(driver, "gizmo")).as("the newest file (YOLO) is the one shown").isTrue();
        assertThat(driver.boxes()).hasSize(vocBoxes + 1);
        assertThat(status()).contains("astronaut-portrait.xml").contains("astronaut-portrait.txt");
        long yoloLines = Files.readAllLines(yolo).size();
        driver.keys(KeyEvent.VK_SPACE);
        CanvasDriver.waitFor("verified and saved", () -> !GuiActionRunner.execute(() -> app.document().isDirty()));
        assertThat(Files.readAllLines(yolo)).as("the next save keeps the new box").hasSize((int) yoloLines);
    }

    @Test
    void aSaveOverAFileAnotherWindowSavedAsksAndReloadShowsTheOtherWindowsBoxes() throws Exception {
        Path images = SampleImages.copyInto(home);
        Path labels = home.resolve("labels");
        LaunchOptions options = options(images, Optional.of(labels));
        launch(options, FIRST);
        App otherApp = GuiActionRunner.execute(() -> App.start(options.withSettingsFile(home.resolve("other.json"))));
        second = new FrameFixture(window.robot(), otherApp.window());
        CanvasDriver other = new CanvasDriver(otherApp, second);
        other.waitForImage(FIRST);

        second.focus();
        drawBox(other, "second", 40);
        other.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        Path file = labels.resolve("astronaut-portrait.xml");
        other.waitForFile(file);
        CanvasDriver.waitFor("saved", () -> Files.isRegularFile(file) && read(file).contains("<name>second</name>"));

        window.focus();
        drawBox(driver, "first", 60);
        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        JOptionPaneFixture pane = optionPane();
        assertThat(read(file)).contains("<name>second</name>").doesNotContain("<name>first</name>");
        pane.buttonWithText(Messages.get("changed.reload")).click();
        CanvasDriver.waitFor("the other window's boxes", () -> hasLabel(driver, "second"));
        assertThat(hasLabel(driver, "first")).isFalse();
        assertThat(read(file)).contains("<name>second</name>");
    }

    @Test
    void keepMineOverwritesOnlyWhenAskedAndAutoSaveNeverOverwrites() throws Exception {
        Path images = SampleImages.copyInto(home);
        Path labels = home.resolve("labels");
        launch(options(images, Optional.of(labels)), FIRST);
        drawBox(driver, "mine", 40);
        Path file = labels.resolve("astronaut-portrait.xml");
        Files.createDirectories(labels);
        Files.copy(Path.of("data/annotations/astronaut-portrait.xml"), file);
        String theirs = read(file);

        GuiActionRunner.execute(() -> app.settings().updateSettings(s -> s.withAutoSave(true)));
        driver.keys(KeyEvent.VK_D);
        CanvasDriver.waitFor("the auto-save notice",
                () -> status().equals(Messages.get("status.changedNotAutoSaved", file)));
        assertThat(read(file)).isEqualTo(theirs);
        assertThat(GuiActionRunner.execute(() -> app.document().current().imageFileName())).isEqualTo(FIRST);
        assertThat(GuiActionRunner.execute(() -> app.document().isDirty())).isTrue();

        GuiActionRunner.execute(() -> app.settings().updateSettings(s -> s.withAutoSave(false)));
        driver.keys(KeyEvent.VK_SPACE);
        JOptionPaneFixture pane = optionPane();
        assertThat(read(file)).isEqualTo(theirs);
        pane.buttonWithText(Messages.get("changed.keepMine")).click();
        CanvasDriver.waitFor("mine written", () -> read(file).contains("<name>mine</name>"));
    }

    @Test
    void aSaveAfterTheFolderWasRenamedFailsAndCreatesNoFolder() throws Exception {
        Path images = SampleImages.copyInto(home);
        launch(options(images, Optional.empty()), FIRST);
        drawBox(driver, "gizmo", 40);
        Path renamed = home.resolve("renamed");
        Files.move(images, renamed);

        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        JOptionPaneFixture pane = optionPane();
        pane.requireTitle(Messages.get("save.failed.title"));
        pane.okButton().click();
        assertThat(images).doesNotExist();
        assertThat(renamed.resolve("astronaut-portrait.xml")).doesNotExist();
        assertThat(GuiActionRunner.execute(() -> app.document().isDirty())).isTrue();
    }

    @Test
    void twoImagesWithOneStemOpenReadOnlyAndSavingWritesNothing() throws Exception {
        Path images = Files.createDirectories(home.resolve("images"));
        Files.copy(Path.of("data/images/astronaut.jpg"), images.resolve("a.jpg"));
        Files.copy(Path.of("data/images/cameraman.png"), images.resolve("a.png"));
        Files.copy(Path.of("data/annotations/astronaut.xml"), images.resolve("a.xml"));
        String before = read(images.resolve("a.xml"));
        launch(options(images, Optional.empty()), "a.jpg");

        assertThat(GuiActionRunner.execute(() -> app.document().isEditable())).isFalse();
        assertThat(status()).contains("a.png").contains("a.xml");
        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("a.png");
        assertThat(GuiActionRunner.execute(() -> app.document().isEditable())).isFalse();
        driver.keys(KeyEvent.VK_SPACE);
        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        window.robot().waitForIdle();
        assertThat(read(images.resolve("a.xml"))).isEqualTo(before);
    }

    @Test
    void aWriteProtectedFileIsRefusedWithAMessageAndALinkedFileIsWrittenThroughTheLink() throws Exception {
        Path images = SampleImages.copyInto(home);
        Path labels = Files.createDirectories(home.resolve("labels"));
        Path kept = Files.createDirectories(home.resolve("kept"));
        Path target = Files.copy(Path.of("data/annotations/astronaut-portrait.xml"), kept.resolve("first.xml"));
        Path link = Files.createSymbolicLink(labels.resolve("astronaut-portrait.xml"), target);
        Path locked = Files.copy(Path.of("data/annotations/astronaut.xml"), labels.resolve("astronaut.xml"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        String lockedBefore = read(locked);
        launch(options(images, Optional.of(labels)), FIRST);

        drawBox(driver, "linked", 40);
        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        CanvasDriver.waitFor("saved", () -> !GuiActionRunner.execute(() -> app.document().isDirty()));
        assertThat(Files.isSymbolicLink(link)).as("the link stays a link").isTrue();
        assertThat(read(target)).contains("<name>linked</name>");

        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("astronaut.jpg");
        drawBox(driver, "locked", 40);
        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        JOptionPaneFixture pane = optionPane();
        pane.requireTitle(Messages.get("save.failed.title"));
        assertThat(GuiActionRunner.execute(() -> String.valueOf(pane.target().getMessage())))
                .contains("astronaut.xml").contains("write-protected");
        pane.okButton().click();
        assertThat(read(locked)).isEqualTo(lockedBefore);
        assertThat(GuiActionRunner.execute(() -> app.document().isDirty())).isTrue();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
