package dev.labelj.ui.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.AppFixture;
import dev.labelj.support.DocumentText;
import dev.labelj.support.GuiTest;
import dev.labelj.support.GuiTests;
import dev.labelj.ui.App;
import java.awt.Point;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tools → Validate Dataset and Tools → Dataset Statistics in the real window, on a purpose-made broken folder. */
@GuiTest
class ToolsMenuGuiTest {
    @TempDir
    Path dir;
    private App app;
    private FrameFixture main;
    private DialogFixture dialog;

    @BeforeAll
    static void setUp() {
        AppFixture.setUpClass();
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.cleanUp();
        }
        AppFixture.cleanUp(main);
    }

    private Path launch() throws Exception {
        AppFixture.Launched launched = ToolsWindows.launchOnDataset(dir);
        app = launched.app();
        main = launched.window();
        return GuiActionRunner.execute(() -> app.session().files().imageRoot());
    }

    @Test
    void validateListsTheFindingsAndDoubleClickOpensTheImageWithTheBoxSelected() throws Exception {
        Path images = launch();
        main.menuItemWithPath("Tools", "Validate Dataset").click();
        dialog = ToolsWindows.named(main.robot(), "findingsWindow");
        JTable table = dialog.table("findingsTable").target();
        List<String> messages = GuiActionRunner.execute(() -> column(table, 4));
        assertThat(messages).hasSize(6).anyMatch(m -> m.startsWith("box-outside"))
                .anyMatch(m -> m.startsWith("unreadable-annotation")).anyMatch(m -> m.startsWith("duplicate-box"));
        int row = GuiActionRunner.execute(() -> column(table, 4).indexOf(
                column(table, 4).stream().filter(m -> m.startsWith("box-outside")).findFirst().orElseThrow()));
        assertThat(GuiActionRunner.execute(() -> table.getValueAt(row, 1))).isEqualTo("d.xml");
        Rectangle cell = GuiActionRunner.execute(() -> table.getCellRect(row, 4, true));
        GuiTests.doubleClick(main.robot(), table, new Point(cell.x + 20, cell.y + cell.height / 2));
        Path d = images.resolve("d.png").toAbsolutePath().normalize();
        ToolsWindows.await("d.png is shown with box 3 selected", () -> GuiActionRunner.execute(() ->
                app.session().index() >= 0 && app.session().images().get(app.session().index()).equals(d)
                        && app.selection().indices().equals(List.of(2))));
        assertThat(GuiActionRunner.execute(() -> app.document().current().boxes().size())).isEqualTo(4);
    }

    @Test
    void statisticsShowTheKnownCounts() throws Exception {
        launch();
        main.menuItemWithPath("Tools", "Dataset Statistics").click();
        dialog = ToolsWindows.named(main.robot(), "statsWindow");
        String text = DocumentText.of(dialog.textBox("statsText").target());
        assertThat(text).contains("images:     5 (2 labelled, 1 negative, 1 unlabelled, 1 unreadable; 1 verified)",
                "boxes:      7 (per image: min 0, median 3, max 4)");
    }

    private static List<String> column(JTable table, int column) {
        List<String> values = new java.util.ArrayList<>();
        for (int r = 0; r < table.getRowCount(); r++) {
            values.add(String.valueOf(table.getValueAt(r, column)));
        }
        return values;
    }
}
