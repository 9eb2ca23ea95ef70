package dev.labelj.ui.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.model.Box;
import dev.labelj.support.AppFixture;
import dev.labelj.support.GuiTest;
import dev.labelj.ui.App;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tools → Rename / Merge Class… and Tools → Undo Class Edit in the real window, by clicks and keys: the preview
 * comes first, the files change, the open image shows the new name, and the undo brings the files back.
 */
@GuiTest
class ClassEditGuiTest {
    private static final String TITLE = "Rename / Merge Class";
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
    void renameIsPreviewedWrittenShownInTheOpenImageAndUndone() throws Exception {
        AppFixture.Launched launched = ToolsWindows.launchOnDataset(dir);
        app = launched.app();
        main = launched.window();
        Path images = dir.resolve("images");
        ToolsWindows.await("a.png is open", () -> labels().contains("cat"));
        String aBefore = Files.readString(images.resolve("a.xml"));
        String eBefore = Files.readString(images.resolve("e.xml"));

        main.menuItemWithPath("Tools", "Rename / Merge Class\u2026").click();
        DialogFixture ask = ToolsWindows.dialog(main.robot(), d -> TITLE.equals(d.getTitle()) && d.isShowing());
        ask.textBox("classEditFrom").enterText("cat");
        ask.textBox("classEditTo").enterText("feline");
        ask.button(JButtonMatcher.withText("OK")).click();

        DialogFixture preview = ToolsWindows.dialog(main.robot(), d -> TITLE.equals(d.getTitle()) && d.isShowing()
                && holdsText(d, "classEditPreview"));
        assertThat(preview.textBox("classEditPreview").text())
                .startsWith("rename 'cat' -> 'feline': 4 boxes in 2 files; 2 files to write, 1 left alone")
                .contains("e.xml");
        assertThat(Files.readString(images.resolve("a.xml"))).as("nothing written before OK").isEqualTo(aBefore);
        preview.button(JButtonMatcher.withText("OK")).click();

        DialogFixture result = ToolsWindows.dialog(main.robot(), d -> TITLE.equals(d.getTitle()) && d.isShowing()
                && holdsText(d, "classEditResult"));
        assertThat(result.textBox("classEditResult").text()).startsWith("Wrote 2 of 2 files");
        result.pressAndReleaseKeys(KeyEvent.VK_ENTER);

        assertThat(Files.readString(images.resolve("a.xml"))).contains("<name>feline</name>").doesNotContain(">cat<");
        assertThat(Files.readString(images.resolve("d.xml"))).contains("<name>feline</name>").doesNotContain(">cat<");
        assertThat(Files.readString(images.resolve("e.xml"))).isEqualTo(eBefore);
        ToolsWindows.await("the open image shows the new name", () -> labels().contains("feline"));
        assertThat(labels()).doesNotContain("cat");

        main.menuItemWithPath("Tools", "Undo Class Edit").click();
        DialogFixture confirm = ToolsWindows.dialog(main.robot(), d -> TITLE.equals(d.getTitle()) && d.isShowing());
        confirm.button(JButtonMatcher.withText("OK")).click();
        DialogFixture undone = ToolsWindows.dialog(main.robot(), d -> TITLE.equals(d.getTitle()) && d.isShowing()
                && holdsText(d, "classEditResult"));
        assertThat(undone.textBox("classEditResult").text()).startsWith("Undid rename 'cat' -> 'feline': restored 2");
        undone.button(JButtonMatcher.withText("OK")).click();
        assertThat(Files.readString(images.resolve("a.xml"))).isEqualTo(aBefore);
        ToolsWindows.await("the open image shows the old name again", () -> labels().contains("cat"));
    }

    private List<String> labels() {
        // while the folder opens (again) no image may be loaded yet
        return GuiActionRunner.execute(() -> app.document().hasImage()
                ? app.document().current().boxes().stream().map(Box::label).toList() : List.<String>of());
    }

    private static boolean holdsText(java.awt.Container container, String name) {
        for (java.awt.Component child : container.getComponents()) {
            if (name.equals(child.getName()) || child instanceof java.awt.Container inner && holdsText(inner, name)) {
                return true;
            }
        }
        return false;
    }
}
