package dev.labelj.ui.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelj.dataset.CocoExport;
import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.ui.App;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tools → Export… in the real window: choose a format and a folder, and the labels are written there. */
@GuiTest
class ExportGuiTest {
    @TempDir
    Path dir;
    private App app;
    private FrameFixture main;

    @BeforeAll
    static void setUp() {
        AppFixture.setUpClass();
    }

    @AfterEach
    void close() {
        AppFixture.cleanUp(main);
    }

    @Test
    void exportToYoloWritesTheClassListAndOneFilePerLabelledImageAndReportsTheBrokenOne() throws Exception {
        Path images = launch();
        Path out = dir.resolve("yolo-out");
        String result = export("yolo", out);

        assertThat(Files.readAllLines(out.resolve("classes.txt"))).containsExactly("cat", "dog");
        assertThat(Files.readAllLines(out.resolve("a.txt"))).hasSize(3);
        // d's wholly-outside and zero-area boxes are dropped, its two real boxes kept as class 0
        assertThat(Files.readAllLines(out.resolve("d.txt"))).hasSize(2).allMatch(line -> line.startsWith("0 "));
        assertThat(out.resolve("b.txt")).exists().isEmptyFile();
        assertThat(out.resolve("e.txt")).doesNotExist();
        assertThat(result).contains("to YOLO in " + out).contains("1 failed").contains("e.xml");
        // nothing is written into the image folder
        try (Stream<Path> files = Files.list(images)) {
            assertThat(files.filter(f -> f.toString().endsWith(".txt"))).isEmpty();
        }
    }

    @Test
    void exportToCocoWritesOneDatasetFileWhoseAnnotationsPointAtItsImagesAndCategories() throws Exception {
        launch();
        Path out = dir.resolve("coco-out");
        export(ExportJob.COCO, out);

        JsonNode coco = new ObjectMapper().readTree(out.resolve(CocoExport.FILE_NAME).toFile());
        assertThat(coco.get("categories").findValuesAsText("name")).containsExactly("cat", "dog");
        List<Integer> imageIds = coco.get("images").findValues("id").stream().map(JsonNode::asInt).toList();
        assertThat(imageIds).doesNotHaveDuplicates();
        assertThat(coco.get("annotations")).hasSize(5).allSatisfy(annotation -> {
            assertThat(imageIds).contains(annotation.get("image_id").asInt());
            assertThat(annotation.get("category_id").asInt()).isBetween(1, 2);
        });
    }

    @Test
    void exportFindsEachImagesAnnotationInWhicheverFormatTheWindowSavedIt() throws Exception {
        launch();
        // c.png has no annotation: label it in the window, saved as YOLO while the others are VOC
        CanvasDriver driver = new CanvasDriver(app, main);
        GuiActionRunner.execute(() -> app.session().request(2));
        driver.waitForImage("c.png");
        driver.drawBox(driver.viewOf(10, 10), driver.viewOf(60, 50));
        driver.answerLabel("dog");
        driver.chord(KeyEvent.VK_Y, KeyEvent.VK_CONTROL);
        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        driver.waitForFile(dir.resolve("labels/c.txt"));

        Path out = dir.resolve("voc-out");
        String result = export("voc", out);
        assertThat(result).startsWith("Converted 4 of 5 images (0 without annotation, 0 kept as they were, 1 failed)");
        assertThat(Files.readString(out.resolve("c.xml"))).contains("<name>dog</name>");
        assertThat(out.resolve("a.xml")).exists();
    }

    @Test
    void theDialogOffersAnotherFormatThanTheWindowsInAFolderBesideTheImagesAndCancelWritesNothing() throws Exception {
        Path images = launch();
        main.menuItemWithPath("Tools", "Export\u2026").click();
        DialogFixture ask = askDialog();
        // the window saves PascalVOC, so YOLO is offered first
        assertThat(GuiActionRunner.execute(() -> ask.comboBox("exportFormat").target().getSelectedItem()))
                .isEqualTo("yolo");
        assertThat(ask.textBox("exportFolder").text()).isEqualTo(images.resolveSibling("images-yolo").toString());
        ask.comboBox("exportFormat").selectItem(ExportDialog.targets().indexOf(ExportJob.COCO));
        assertThat(ask.textBox("exportFolder").text()).isEqualTo(images.resolveSibling("images-coco").toString());
        ask.button(JButtonMatcher.withText("Cancel")).click();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith("images-"));
        }
    }

    private Path launch() throws Exception {
        AppFixture.Launched launched = ToolsWindows.launchOnDataset(dir);
        app = launched.app();
        main = launched.window();
        return GuiActionRunner.execute(() -> app.session().files().imageRoot());
    }

    /** Goes through the dialog as a user does and returns the text of the result message. */
    private String export(String format, Path out) {
        main.menuItemWithPath("Tools", "Export\u2026").click();
        DialogFixture ask = askDialog();
        ask.comboBox("exportFormat").selectItem(ExportDialog.targets().indexOf(format));
        ask.textBox("exportFolder").setText(out.toString());
        ask.button(JButtonMatcher.withText("OK")).click();
        DialogFixture done = ToolsWindows.dialog(main.robot(), d -> d.isShowing() && holds(d, "exportResult"));
        String text = done.textBox("exportResult").text();
        // wrapped: the folder at the end of the long line is seen whole, not scrolled off to the side
        assertThat(GuiActionRunner.execute(() -> ((javax.swing.JTextArea) done.textBox("exportResult").target())
                .getLineWrap())).isTrue();
        done.button(JButtonMatcher.withText("OK")).click();
        return text;
    }

    private DialogFixture askDialog() {
        return ToolsWindows.dialog(main.robot(), d -> "Export Dataset".equals(d.getTitle()) && d.isShowing());
    }

    private static boolean holds(Container container, String name) {
        for (Component child : container.getComponents()) {
            if (name.equals(child.getName()) || child instanceof Container inner && holds(inner, name)) {
                return true;
            }
        }
        return false;
    }
}
