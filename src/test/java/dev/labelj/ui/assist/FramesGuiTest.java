package dev.labelj.ui.assist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.assist.MovingFrames;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.StoredAnnotation;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.ui.App;
import dev.labelj.ui.session.LaunchOptions;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Track to Next Image (F), Track Forward (Shift+F) and Interpolate (I) by keys in the real window. */
@GuiTest
class FramesGuiTest {
    private static final int FRAMES = 8;
    @TempDir
    Path home;
    private final MovingFrames video = new MovingFrames(640, 480, FRAMES, 60, 80, 90, 70, 14, 9);
    private final List<Path> files = new java.util.ArrayList<>();
    private AnnotationStore store;
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

    private void writeFrames() throws Exception {
        Path images = Files.createDirectories(home.resolve("images"));
        for (int i = 0; i < FRAMES; i++) {
            Path file = images.resolve(String.format("frame_%03d.png", i));
            ImageIO.write(video.frames.get(i), "png", file.toFile());
            files.add(file);
        }
        store = new AnnotationStore(new AnnotationLocator(images, Optional.of(home.resolve("labels"))), Formats.VOC,
                FormatOptions.DEFAULT);
    }

    private void annotate(int frame, Box... boxes) throws Exception {
        store.write(ImageAnnotation.of(files.get(frame), new ImageSize(640, 480, 3), List.of(boxes)));
    }

    private List<Box> saved(int frame) throws Exception {
        return store.read(files.get(frame), new ImageSize(640, 480, 3)).map(StoredAnnotation::read)
                .map(read -> read.annotation().boxes()).orElse(List.of());
    }

    private void launch() throws Exception {
        LaunchOptions options = new LaunchOptions(Optional.of(home.resolve("images")), Optional.empty(),
                Optional.of(home.resolve("labels")), Optional.of("voc"), Optional.empty(), false, false);
        AppFixture.Launched launched = AppFixture.launch(options, home.resolve("settings.json"));
        app = launched.app();
        window = launched.window();
        driver = new CanvasDriver(app, window);
        driver.waitForImage("frame_000.png");
    }

    @Test
    void fGoesToTheNextImageWithTheBoxesFollowedAsProposalsInOneUndoStep() throws Exception {
        writeFrames();
        annotate(0, video.truth.get(0));
        launch();

        driver.keys(KeyEvent.VK_F);
        driver.waitForImage("frame_001.png");
        CanvasDriver.waitFor("the followed box", () -> !driver.boxes().isEmpty());
        Box followed = driver.boxes().get(0);
        assertThat(followed.isProposal()).isTrue();
        assertThat(followed.label()).isEqualTo("ball");
        assertThat(followed.iou(video.truth.get(1))).isGreaterThanOrEqualTo(0.8);
        driver.chord(KeyEvent.VK_Z, KeyEvent.VK_CONTROL);
        assertThat(driver.boxes()).isEmpty();
        driver.chord(KeyEvent.VK_Z, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        assertThat(driver.boxes()).containsExactly(followed);

        // accepted and saved, then followed on: F again carries it to the third frame
        driver.keys(KeyEvent.VK_ENTER);
        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        CanvasDriver.waitFor("saved", () -> !GuiActionRunner.execute(() -> app.document().isDirty()));
        assertThat(saved(1)).singleElement().matches(box -> !box.isProposal());
        driver.keys(KeyEvent.VK_F);
        driver.waitForImage("frame_002.png");
        CanvasDriver.waitFor("the followed box", () -> !driver.boxes().isEmpty());
        assertThat(driver.boxes().get(0).iou(video.truth.get(2))).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void fPressedAgainBeforeTheBoxesArriveCarriesThemOnRatherThanLosingThem() throws Exception {
        writeFrames();
        annotate(0, video.truth.get(0));
        launch();

        // as a video is labelled: each image saved on leaving it
        GuiActionRunner.execute(() -> app.settings().updateSettings(s -> s.withAutoSave(true)));
        // three presses 20 ms apart, as a held key sends them: far quicker than a step
        java.awt.Robot keyboard = new java.awt.Robot();
        for (int i = 0; i < 3; i++) {
            keyboard.keyPress(KeyEvent.VK_F);
            keyboard.keyRelease(KeyEvent.VK_F);
            keyboard.delay(20);
        }
        driver.waitForImage("frame_003.png");
        CanvasDriver.waitFor("the box followed into the third image", () -> !driver.boxes().isEmpty());
        assertThat(driver.boxes()).singleElement().matches(Box::isProposal)
                .matches(box -> box.iou(video.truth.get(3)) >= 0.8, "on the object");
        assertThat(GuiActionRunner.execute(() -> app.session().index())).isEqualTo(3);
    }

    @Test
    void fOnAnImageWithoutBoxesGoesOnAsDDoes() throws Exception {
        writeFrames();
        launch();

        driver.keys(KeyEvent.VK_F);

        driver.waitForImage("frame_001.png");
        assertThat(driver.boxes()).isEmpty();
    }

    @Test
    void shiftFFollowsTheBoxesThroughTheChosenNumberOfImagesInTheBackground() throws Exception {
        writeFrames();
        annotate(0, video.truth.get(0));
        launch();

        driver.chord(KeyEvent.VK_F, KeyEvent.VK_SHIFT);
        JOptionPaneFixture ask = window.optionPane(Timeout.timeout(10_000));
        // as a user answers: the number, then Enter
        CanvasDriver.waitFor("the number field ready for typing", () -> GuiActionRunner.execute(() ->
                java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()
                        instanceof javax.swing.JFormattedTextField));
        driver.keys(KeyEvent.VK_5, KeyEvent.VK_ENTER);
        JOptionPaneFixture done = window.optionPane(Timeout.timeout(60_000));
        String summary = GuiActionRunner.execute(() -> String.valueOf(done.target().getMessage()));
        done.okButton().click();

        assertThat(summary).startsWith("5 of 5 images gone through: 5 box(es) added to 5 images, 0 failed");
        for (int i = 1; i <= 5; i++) {
            assertThat(saved(i)).as("frame " + i).hasSize(1);
            assertThat(saved(i).get(0).iou(video.truth.get(i))).as("frame " + i).isGreaterThanOrEqualTo(0.8);
        }
        assertThat(saved(6)).isEmpty();
        // the next image opens with the followed box as a proposal to review
        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("frame_001.png");
        assertThat(driver.boxes()).singleElement().matches(Box::isProposal);
    }

    @Test
    void iFillsTheImagesBetweenThisOneAndTheNextWithTheSameLabelInEqualSteps() throws Exception {
        writeFrames();
        annotate(0, Box.of("ball", 10, 20, 50, 60));
        annotate(4, Box.of("ball", 50, 40, 90, 80));
        launch();

        driver.keys(KeyEvent.VK_I);
        JOptionPaneFixture done = window.optionPane(Timeout.timeout(60_000));
        String summary = GuiActionRunner.execute(() -> String.valueOf(done.target().getMessage()));
        done.okButton().click();

        assertThat(summary).startsWith("3 images between: 3 box(es) added to 3 images");
        assertThat(saved(1)).singleElement().matches(box -> box.reviewed().equals(Box.of("ball", 20, 25, 60, 65)));
        assertThat(saved(2)).singleElement().matches(box -> box.reviewed().equals(Box.of("ball", 30, 30, 70, 70)));
        assertThat(saved(3)).singleElement().matches(box -> box.reviewed().equals(Box.of("ball", 40, 35, 80, 75)));
        assertThat(saved(5)).isEmpty();
    }

    @Test
    void iSaysSoWhenTheNextImageWithTheLabelComesRightAfter() throws Exception {
        writeFrames();
        annotate(0, Box.of("ball", 10, 20, 50, 60));
        annotate(1, Box.of("ball", 50, 40, 90, 80));
        launch();

        driver.keys(KeyEvent.VK_I);
        JOptionPaneFixture done = window.optionPane(Timeout.timeout(60_000));
        String message = GuiActionRunner.execute(() -> String.valueOf(done.target().getMessage()));
        done.okButton().click();

        assertThat(message).contains("frame_001.png").contains("right after");
        assertThat(saved(2)).isEmpty();
    }
}
