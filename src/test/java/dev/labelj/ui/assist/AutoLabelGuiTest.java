package dev.labelj.ui.assist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelj.model.Box;
import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.support.SampleImages;
import dev.labelj.ui.App;
import dev.labelj.ui.session.LaunchOptions;
import java.awt.event.KeyEvent;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tools → Auto Label in the real window: choose a model, predict, review by keys, save, come back. */
@GuiTest
class AutoLabelGuiTest {
    private static final String FIRST = "astronaut-portrait.jpg";
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
        LaunchOptions options = new LaunchOptions(Optional.of(images),
                Optional.of(Path.of("predefined_classes.txt").toAbsolutePath()), Optional.of(labels),
                Optional.of("voc"), Optional.empty(), false, false);
        AppFixture.Launched launched = AppFixture.launch(options, home.resolve("settings.json"));
        app = launched.app();
        window = launched.window();
        driver = new CanvasDriver(app, window);
        driver.waitForImage(FIRST);
    }

    /** The yolov8 test model (person 0.9, car 0.7 and 0.6, a dog scored by the image's red), copied out. */
    private Path model() throws Exception {
        Path model = home.resolve("models/best.onnx");
        Files.createDirectories(model.getParent());
        try (InputStream in = getClass().getResourceAsStream("/dev/labelj/assist/yolov8.onnx")) {
            Files.copy(in, model);
        }
        return model;
    }

    /** The settings say {@code model} was used last in {@code images}: Auto Label starts with it. */
    private void rememberModel(Path images, Path model) throws Exception {
        dev.labelj.settings.SettingsStore before = dev.labelj.settings.SettingsStore.load(home.resolve("settings.json"));
        before.updateHistory(h -> h.withModel(images, model));
        before.close();
    }

    private List<Box> proposals() {
        return driver.boxes().stream().filter(Box::isProposal).toList();
    }

    @Test
    void predictAcceptOneRejectOneSaveAndTheRestStayProposalsAfterComingBack() throws Exception {
        Path model = model();
        launch();
        // P with no model asks for one first, then predicts
        driver.keys(KeyEvent.VK_P);
        JFileChooserFixture chooser = window.fileChooser(Timeout.timeout(5000));
        driver.robot().waitForIdle();
        assertThat(chooser.fileNameTextBox().text()).as("the P pressed is not typed into the file name").isEmpty();
        chooser.fileNameTextBox().setText(model.toString());
        chooser.approve();
        CanvasDriver.waitFor("proposals", () -> !proposals().isEmpty());
        List<Box> predicted = proposals();
        assertThat(predicted.size()).isGreaterThanOrEqualTo(3);
        assertThat(predicted).extracting(Box::label).containsAnyOf("person", "car").allMatch(
                label -> List.of("person", "car", "dog").contains(label));
        assertThat(GuiActionRunner.execute(() -> app.document().isDirty())).isTrue();
        // one undo step takes them all back
        driver.chord(KeyEvent.VK_Z, KeyEvent.VK_CONTROL);
        assertThat(driver.boxes()).isEmpty();
        driver.chord(KeyEvent.VK_Z, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        assertThat(proposals()).hasSize(predicted.size());

        // click one proposal, Enter accepts it alone
        Box target = predicted.get(predicted.size() - 1);
        driver.click(driver.viewOf((target.left() + target.right()) / 2, (target.top() + target.bottom()) / 2));
        int accepted = GuiActionRunner.execute(() -> app.selection().indices().get(0));
        driver.keys(KeyEvent.VK_ENTER);
        assertThat(driver.boxes().get(accepted).isProposal()).isFalse();
        assertThat(proposals()).hasSize(predicted.size() - 1);
        // Esc, click another, Delete rejects it
        driver.keys(KeyEvent.VK_ESCAPE);
        Box other = proposals().get(0);
        GuiActionRunner.execute(() -> app.selection().select(app.document().current().boxes().indexOf(other)));
        driver.keys(KeyEvent.VK_DELETE);
        assertThat(driver.boxes()).hasSize(predicted.size() - 1);
        int stillProposed = proposals().size();
        assertThat(stillProposed).isEqualTo(predicted.size() - 2);

        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        Path xml = labels.resolve("astronaut-portrait.xml");
        driver.waitForFile(xml);
        assertThat(Files.readString(xml)).doesNotContain("0.9").contains("<name>");
        JsonNode marks = new ObjectMapper().readTree(labels.resolve(".labelj/astronaut-portrait.jpg.json").toFile());
        assertThat(marks.toString()).contains("score");

        // away and back: the boxes read from the file are proposals again where the marks say so
        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("astronaut.jpg");
        driver.keys(KeyEvent.VK_A);
        driver.waitForImage(FIRST);
        assertThat(driver.boxes()).hasSize(predicted.size() - 1);
        assertThat(proposals()).hasSize(stillProposed);
        assertThat(driver.boxes().stream().filter(b -> !b.isProposal()).count()).isEqualTo(1);
        assertThat(GuiActionRunner.execute(() -> app.document().isDirty())).isFalse();
        // the model is remembered for the folder
        assertThat(app.settings().history().modelFor(home.resolve("images"))).contains(model);
    }

    @Test
    void enterOnAProposalInTheBoxListAcceptsItRatherThanEditingItsLabel() throws Exception {
        Path model = model();
        Path images = home.resolve("images");
        rememberModel(images, model);
        launch();
        driver.keys(KeyEvent.VK_P);
        CanvasDriver.waitFor("proposals", () -> !proposals().isEmpty());
        int proposed = proposals().size();
        Box first = driver.boxes().get(0);
        assertThat(first.isProposal()).isTrue();

        window.table("boxList").cell(org.assertj.swing.data.TableCell.row(0).column(0)).click();
        driver.keys(KeyEvent.VK_ENTER);

        assertThat(driver.boxes().get(0)).isEqualTo(first.reviewed());
        assertThat(proposals()).hasSize(proposed - 1);
    }

    @Test
    void spaceInYoloModeIsRememberedByTheReviewMarks() throws Exception {
        Path images = SampleImages.copyInto(home);
        labels = home.resolve("labels");
        AppFixture.Launched launched = AppFixture.launch(new LaunchOptions(Optional.of(images),
                Optional.of(Path.of("predefined_classes.txt").toAbsolutePath()), Optional.of(labels),
                Optional.of("yolo"), Optional.empty(), false, false), home.resolve("settings.json"));
        app = launched.app();
        window = launched.window();
        driver = new CanvasDriver(app, window);
        driver.waitForImage(FIRST);
        driver.keys(KeyEvent.VK_SPACE);
        driver.waitForFile(labels.resolve("astronaut-portrait.txt"));
        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("astronaut.jpg");
        driver.keys(KeyEvent.VK_A);
        driver.waitForImage(FIRST);
        assertThat(GuiActionRunner.execute(() -> app.document().current().verified())).isTrue();
        assertThat(GuiActionRunner.execute(() -> app.document().isDirty())).isFalse();
        assertThat(Files.readString(labels.resolve("astronaut-portrait.txt"))).doesNotContain("verified");
    }

    @Test
    void predictFolderWritesProposalsForTheOtherImagesInTheBackgroundAndTheFileListMarksThem() throws Exception {
        Path model = model();
        Path images = home.resolve("images");
        // the model this folder used last time: Auto Label starts with it
        rememberModel(images, model);
        launch();
        window.menuItemWithPath("Tools", "Auto Label", "Predict Folder\u2026").click();
        org.assertj.swing.fixture.JOptionPaneFixture ask = window.optionPane(Timeout.timeout(10_000));
        ask.radioButton("predictUnlabelled").requireSelected();
        // dogs are not wanted this time
        ask.checkBox("predictClass.dog").requireSelected().uncheck();
        ask.okButton().click();
        org.assertj.swing.fixture.JOptionPaneFixture done = window.optionPane(Timeout.timeout(30_000));
        String summary = GuiActionRunner.execute(() -> String.valueOf(done.target().getMessage()));
        done.okButton().click();
        assertThat(summary).startsWith("7 of 7 images predicted: 7 written");
        try (var files = Files.list(labels)) {
            assertThat(files.filter(f -> f.toString().endsWith(".xml")).count()).isEqualTo(7);
        }
        assertThat(labels.resolve("astronaut-portrait.xml")).as("the open image is left alone").doesNotExist();
        assertThat(labels.resolve(".labelj/astronaut.jpg.json")).exists();
        try (var files = Files.list(labels)) {
            for (Path xml : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                assertThat(Files.readString(xml)).contains("<name>person</name>").doesNotContain("<name>dog</name>");
            }
        }
        // the next image opens with the model's boxes as proposals, and the file list says they wait
        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("astronaut.jpg");
        assertThat(proposals()).isNotEmpty().hasSize(driver.boxes().size());
        CanvasDriver.waitFor("the amber mark", () -> GuiActionRunner.execute(() -> app.session().files().store()
                .status(images.resolve("cat.jpg")).status() == dev.labelj.model.AnnotationStatus.PROPOSED));
    }

    @Test
    void cancelStopsAFolderRunAfterAWholeImageAndSaysWhatWasWrittenWhileTheWindowKeepsWorking() throws Exception {
        Path model = model();
        Path images = SampleImages.copyInto(home);
        Path frame = images.resolve("cat.jpg");
        for (int i = 0; i < 400; i++) {
            Files.copy(frame, images.resolve(String.format("frame_%03d.jpg", i)));
        }
        rememberModel(images, model);
        labels = home.resolve("labels");
        AppFixture.Launched launched = AppFixture.launch(new LaunchOptions(Optional.of(images),
                Optional.of(Path.of("predefined_classes.txt").toAbsolutePath()), Optional.of(labels),
                Optional.of("voc"), Optional.empty(), false, false), home.resolve("settings.json"));
        app = launched.app();
        window = launched.window();
        driver = new CanvasDriver(app, window);
        driver.waitForImage(FIRST);
        window.menuItemWithPath("Tools", "Auto Label", "Predict Folder\u2026").click();
        window.optionPane(Timeout.timeout(10_000)).okButton().click();
        CanvasDriver.waitFor("a few images written", () -> xmlCount() >= 3);
        // the window keeps working while the model runs
        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("astronaut.jpg");

        org.assertj.swing.fixture.DialogFixture progress = window.dialog("toolsProgress", Timeout.timeout(5000));
        progress.button("toolsCancel").click();
        org.assertj.swing.fixture.JOptionPaneFixture done = window.optionPane(Timeout.timeout(30_000));
        String summary = GuiActionRunner.execute(() -> String.valueOf(done.target().getMessage()));
        done.okButton().click();
        long written = xmlCount();
        assertThat(summary).contains(" failed (cancelled)").contains(written + " written");
        assertThat(written).as("stopped long before the end").isLessThan(300);
        Thread.sleep(1000);
        assertThat(xmlCount()).as("nothing written after the run said it stopped").isEqualTo(written);
        try (var files = Files.list(labels)) {
            for (Path xml : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                assertThat(Files.readString(xml)).as(xml.toString()).endsWith("</annotation>\n");
                String stem = xml.getFileName().toString().replace(".xml", "");
                String image = stem.equals("cameraman") ? "cameraman.png" : stem + ".jpg";
                assertThat(labels.resolve(".labelj/" + image + ".json")).as("review marks of " + image).exists();
            }
        }
        try (var files = Files.list(labels)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith(".")
                    && !f.getFileName().toString().equals(".labelj")).toList()).as("no temporary file left").isEmpty();
        }
    }

    private long xmlCount() {
        try (var files = Files.list(labels)) {
            return files.filter(f -> f.toString().endsWith(".xml")).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    @Test
    void aModelClassWithoutAClassOfItsNameIsMappedOnceAndTheChoiceIsRemembered() throws Exception {
        // yolov5.onnx knows "cat" and "bird's nest": the list has cat and bird, but no bird's nest
        Path model = home.resolve("models/v5.onnx");
        Files.createDirectories(model.getParent());
        try (InputStream in = getClass().getResourceAsStream("/dev/labelj/assist/yolov5.onnx")) {
            Files.copy(in, model);
        }
        Path images = home.resolve("images");
        rememberModel(images, model);
        launch();
        driver.keys(KeyEvent.VK_P);
        org.assertj.swing.fixture.JOptionPaneFixture mapping = window.optionPane(Timeout.timeout(10_000));
        org.assertj.swing.fixture.JTableFixture table = mapping.table(ClassMappingDialog.TABLE);
        assertThat(table.rowCount()).isEqualTo(1);
        assertThat(table.valueAt(org.assertj.swing.data.TableCell.row(0).column(0))).isEqualTo("bird's nest");
        table.enterValue(org.assertj.swing.data.TableCell.row(0).column(1), "bird");
        mapping.okButton().click();
        CanvasDriver.waitFor("proposals", () -> !proposals().isEmpty());
        assertThat(proposals()).extracting(Box::label).contains("cat", "bird").doesNotContain("bird's nest");
        assertThat(app.settings().history().classesChosenFor(model)).containsEntry("bird's nest", "bird");

        // saved; the next image: no question, the same mapping
        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        CanvasDriver.waitFor("saved", () -> !GuiActionRunner.execute(() -> app.document().isDirty()));
        driver.keys(KeyEvent.VK_D);
        driver.waitForImage("astronaut.jpg");
        int before2 = driver.boxes().size();
        driver.keys(KeyEvent.VK_P);
        CanvasDriver.waitFor("proposals on the next image", () -> driver.boxes().size() > before2);
        assertThat(proposals()).extracting(Box::label).contains("bird");
    }
}
