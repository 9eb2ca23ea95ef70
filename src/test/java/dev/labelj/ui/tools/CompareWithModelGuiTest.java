package dev.labelj.ui.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.dataset.PlantedMistakes;
import dev.labelj.model.Box;
import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.ui.App;
import dev.labelj.ui.session.LaunchOptions;
import java.awt.event.KeyEvent;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tools → Compare With Model in the real window, by keys: the planted dataset (see PlantedMistakes) against the
 * generated YOLOv8 model; open a row, accept the model's fix with Enter, save, undo.
 */
@GuiTest
class CompareWithModelGuiTest {
    @TempDir
    Path dir;
    private App app;
    private FrameFixture main;
    private DialogFixture list;
    private CanvasDriver driver;
    private Path set;

    @BeforeAll
    static void display() {
        AppFixture.setUpClass();
    }

    @AfterEach
    void close() {
        if (list != null) {
            list.cleanUp();
        }
        AppFixture.cleanUp(main);
    }

    private void launchAndCompare() throws Exception {
        set = PlantedMistakes.write(dir.resolve("set"));
        Path classes = Files.writeString(dir.resolve("classes.txt"), "person\ncar\ndog\n");
        Path model = dir.resolve("models/best.onnx");
        Files.createDirectories(model.getParent());
        try (InputStream in = getClass().getResourceAsStream("/dev/labelj/assist/yolov8.onnx")) {
            Files.copy(in, model);
        }
        AppFixture.Launched launched = AppFixture.launch(new LaunchOptions(Optional.of(set), Optional.of(classes),
                Optional.empty(), Optional.of("voc"), Optional.empty(), false, false), dir.resolve("settings.json"));
        app = launched.app();
        main = launched.window();
        driver = new CanvasDriver(app, main);
        driver.waitForImage("a_loose.png");
        main.menuItemWithPath("Tools", "Compare With Model\u2026").click();
        JFileChooserFixture chooser = main.fileChooser(Timeout.timeout(5000));
        chooser.fileNameTextBox().setText(model.toString());
        chooser.approve();
        list = ToolsWindows.named(main.robot(), "auditWindow");
        JTable table = list.table("auditTable").target();
        ToolsWindows.await("the comparison ends", () -> GuiActionRunner.execute(() ->
                !list.button("auditCancel").target().isEnabled()));
        assertThat(kinds(table)).containsExactly("extra or wrong box", "missing box", "wrong class", "loose box");
        assertThat(GuiActionRunner.execute(() -> list.label("auditCounts").target().getText()))
                .contains("4 disagreements").contains("1 without labels");
        assertThat(GuiActionRunner.execute(() -> list.label("auditClasses").target().getText()))
                .contains("person").contains("0.832");
    }

    /** Selects a row of the list by keys (Home, then Down) and opens it with Enter. */
    private void openRow(int viewRow) {
        JTable table = list.table("auditTable").target();
        list.table("auditTable").focus();
        GuiActionRunner.execute(() -> table.setRowSelectionInterval(viewRow, viewRow));
        driver.keys(KeyEvent.VK_ENTER);
    }

    private boolean reviewShown(String image, List<Integer> selected) {
        return GuiActionRunner.execute(() -> app.document().hasImage()
                && app.document().current().imageFile().getFileName().toString().equals(image)
                && app.selection().indices().equals(selected) && app.window().isFocused());
    }

    @Test
    void openAWrongClassAcceptItSaveAndUndoRestores() throws Exception {
        launchAndCompare();
        openRow(2);
        ToolsWindows.await("b_wrong.png open with the dog label selected", () -> reviewShown("b_wrong.png",
                List.of(2)));
        Box suggestion = GuiActionRunner.execute(() -> app.canvas().suggestion().orElseThrow());
        assertThat(suggestion.label()).isEqualTo("car");
        assertThat(suggestion.isProposal()).isTrue();
        assertThat(GuiActionRunner.execute(() -> app.document().isDirty())).isFalse();
        List<Box> before = driver.boxes();

        driver.keys(KeyEvent.VK_ENTER);
        assertThat(driver.boxes().get(2)).isEqualTo(before.get(2).withLabel("car"));
        assertThat(driver.boxes()).hasSize(4);
        assertThat(GuiActionRunner.execute(() -> app.canvas().suggestion())).isEmpty();
        assertThat(GuiActionRunner.execute(() -> list.table("auditTable").target().getValueAt(2, 7)))
                .isEqualTo("accepted");

        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        Path xml = set.resolve("b_wrong.xml");
        ToolsWindows.await("saved", () -> GuiActionRunner.execute(() -> !app.document().isDirty()));
        assertThat(Files.readString(xml).split("<name>car</name>", -1)).hasSize(3);

        driver.chord(KeyEvent.VK_Z, KeyEvent.VK_CONTROL);
        assertThat(driver.boxes()).isEqualTo(before);
        assertThat(GuiActionRunner.execute(() -> app.document().isDirty())).isTrue();
        // the fix taken back: the row waits again
        assertThat(GuiActionRunner.execute(() -> list.table("auditTable").target().getValueAt(2, 7))).isEqualTo("");
    }

    @Test
    void aMissingBoxIsAddedByOneKeyAndEscLeavesALooseOneAsItIs() throws Exception {
        launchAndCompare();
        openRow(1);
        ToolsWindows.await("c_missing.png open", () -> reviewShown("c_missing.png", List.of()));
        driver.keys(KeyEvent.VK_ENTER);
        List<Box> boxes = driver.boxes();
        assertThat(boxes).hasSize(4);
        assertThat(boxes.get(3)).isEqualTo(Box.of("dog", 40, 40, 80, 80));
        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        ToolsWindows.await("saved", () -> GuiActionRunner.execute(() -> !app.document().isDirty()));
        assertThat(Files.readString(set.resolve("c_missing.xml"))).contains("<name>dog</name>");

        openRow(3);
        ToolsWindows.await("a_loose.png open with the dog selected", () -> reviewShown("a_loose.png", List.of(3)));
        List<Box> loose = driver.boxes();
        driver.keys(KeyEvent.VK_ESCAPE);
        assertThat(GuiActionRunner.execute(() -> app.canvas().suggestion())).isEmpty();
        assertThat(GuiActionRunner.execute(() -> app.selection().isEmpty())).isTrue();
        driver.keys(KeyEvent.VK_ENTER);
        assertThat(driver.boxes()).isEqualTo(loose);
        assertThat(GuiActionRunner.execute(() -> app.document().isDirty())).isFalse();
    }

    @Test
    void closingTheListTakesTheModelsBoxAwayAndEnterThenAddsNothing() throws Exception {
        launchAndCompare();
        openRow(1);
        ToolsWindows.await("c_missing.png open", () -> reviewShown("c_missing.png", List.of()));
        List<Box> before = driver.boxes();
        GuiActionRunner.execute(() -> list.target().dispose());
        ToolsWindows.await("the model's box gone", () -> GuiActionRunner.execute(() -> app.canvas().suggestion())
                .isEmpty());
        driver.keys(KeyEvent.VK_ENTER);
        assertThat(driver.boxes()).isEqualTo(before);
        assertThat(GuiActionRunner.execute(() -> app.document().isDirty())).isFalse();
    }

    @Test
    void deleteRemovesAnExtraLabelAsOneUndoStep() throws Exception {
        launchAndCompare();
        openRow(0);
        ToolsWindows.await("d_extra.png open with the extra person selected", () -> reviewShown("d_extra.png",
                List.of(4)));
        assertThat(GuiActionRunner.execute(() -> app.canvas().suggestion())).isEmpty();
        List<Box> before = driver.boxes();
        driver.keys(KeyEvent.VK_DELETE);
        assertThat(driver.boxes()).isEqualTo(before.subList(0, 4));
        // the list says what became of the row
        assertThat(GuiActionRunner.execute(() -> list.table("auditTable").target().getValueAt(0, 7)))
                .isEqualTo("label removed");
        driver.chord(KeyEvent.VK_Z, KeyEvent.VK_CONTROL);
        assertThat(driver.boxes()).isEqualTo(before);
        assertThat(GuiActionRunner.execute(() -> list.table("auditTable").target().getValueAt(0, 7))).isEqualTo("");
    }

    private static List<String> kinds(JTable table) {
        return GuiActionRunner.execute(() -> {
            List<String> values = new ArrayList<>();
            for (int r = 0; r < table.getRowCount(); r++) {
                values.add(String.valueOf(table.getValueAt(r, 2)));
            }
            return values;
        });
    }
}
