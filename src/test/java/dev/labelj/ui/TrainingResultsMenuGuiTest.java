package dev.labelj.ui;

import dev.labelj.support.GuiTest;
import dev.labelj.ui.session.LaunchOptions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.AppFixture;
import dev.labelj.support.DocumentText;
import java.nio.file.Path;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View → Training Results… opens the results viewer beside the annotation window. */
@GuiTest
class TrainingResultsMenuGuiTest {
    @TempDir
    Path home;
    private FrameFixture main;
    private FrameFixture results;

    @BeforeAll
    static void installRepaintCheck() {
        AppFixture.setUpClass();
    }

    @AfterEach
    void close() {
        if (results != null) {
            results.cleanUp();
        }
        AppFixture.cleanUp(main);
    }

    @Test
    void viewMenuOpensAnEmptyViewer() {
        main = AppFixture.launch(LaunchOptions.ofImages(Path.of("data/images")), home.resolve("settings.json")).window();
        main.menuItemWithPath("View", "Training Results\u2026").click();
        results = findResultsWindow();
        results.requireTitle("LabelJ \u2014 Training Results");
        assertThat(DocumentText.of(results.textBox("summary").target())).contains("Open a results.csv");
        results.button("exportGrid").requireDisabled();
    }

    @Test
    void openingTheViewerKeepsTheDarkTheme() {
        main = AppFixture.launch(LaunchOptions.ofImages(Path.of("data/images")), home.resolve("settings.json")).window();
        try {
            GuiActionRunner.execute(() -> {
                dev.labelj.ui.support.ThemeSupport.switchTo(dev.labelj.settings.Theme.DARK);
                return null;
            });
            main.menuItemWithPath("View", "Training Results\u2026").click();
            results = findResultsWindow();
            assertThat(GuiActionRunner.execute(() -> javax.swing.UIManager.getLookAndFeel()))
                    .isInstanceOf(com.formdev.flatlaf.FlatDarkLaf.class);
            assertThat(GuiActionRunner.execute(() -> com.formdev.flatlaf.FlatLaf.isLafDark())).isTrue();
        } finally {
            GuiActionRunner.execute(() -> {
                dev.labelj.ui.support.ThemeSupport.switchTo(dev.labelj.settings.Theme.LIGHT);
                return null;
            });
        }
    }

    private FrameFixture findResultsWindow() {
        return WindowFinder.findFrame(new GenericTypeMatcher<>(javax.swing.JFrame.class) {
            @Override
            protected boolean isMatching(javax.swing.JFrame frame) {
                return "resultsWindow".equals(frame.getName()) && frame.isShowing();
            }
        }).withTimeout(10000).using(main.robot());
    }
}
