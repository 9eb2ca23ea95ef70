package dev.labelj.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLaf;
import dev.labelj.charts.ChartColors;
import dev.labelj.charts.ChartGridPanel;
import dev.labelj.settings.SettingsStore;
import dev.labelj.settings.Theme;
import dev.labelj.support.AppFixture;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.actions.Menus;
import dev.labelj.ui.actions.ShortcutTable;
import dev.labelj.ui.results.ResultsViewer;
import dev.labelj.ui.results.ResultsWindow;
import dev.labelj.ui.session.LaunchOptions;
import dev.labelj.ui.support.Languages;
import dev.labelj.ui.support.Messages;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.swing.JMenu;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JTable;
import javax.swing.UIManager;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Theme, language and help as the user meets them, in the real main window and results viewer: the View
 * menu's choices, the live switch (charts included), what is remembered, and the Chinese menus at the next start.
 */
@org.junit.jupiter.api.Timeout(value = 120, unit = TimeUnit.SECONDS,
        threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class LooksGuiTest {
    private static final Path IMAGES = Path.of("data/images").toAbsolutePath();
    private static final Path RESULTS = Path.of("data/results/results.csv").toAbsolutePath();
    private static final Locale BEFORE = Locale.getDefault();

    @TempDir
    Path home;
    private FrameFixture window;
    private App app;
    private ResultsWindow viewer;

    @BeforeAll
    static void setUpClass() {
        AppFixture.setUpClass();
    }

    @AfterEach
    void close() {
        closeMenus();
        if (viewer != null) {
            GuiActionRunner.execute(() -> viewer.dispose());
        }
        AppFixture.cleanUp(window);
        GuiActionRunner.execute(() -> {
            dev.labelj.ui.support.ThemeSupport.switchTo(Theme.LIGHT);
            return null;
        });
        Locale.setDefault(BEFORE);
        javax.swing.JComponent.setDefaultLocale(BEFORE);
    }

    /** The main window, with its View and Help menus. */
    private void launch() {
        AppFixture.Launched launched = AppFixture.launch(LaunchOptions.ofImages(IMAGES), home.resolve("settings.json"));
        app = launched.app();
        window = launched.window();
    }

    @Test
    void themeSwitchesLiveFromTheMenuIsRememberedAndTheChartsFollow() {
        launch();
        viewer = GuiActionRunner.execute(() -> ResultsViewer.show(List.of(RESULTS)));
        waitFor("charts shown", () -> GuiActionRunner.execute(() -> !charts().columns().isEmpty()));
        assertThat(GuiActionRunner.execute(() -> charts().colors())).isEqualTo(ChartColors.LIGHT);
        // The viewer opens over the main window; out of the robot's way, it still takes every change of look.
        GuiActionRunner.execute(() -> viewer.setExtendedState(java.awt.Frame.ICONIFIED));
        window.moveToFront();

        choose("themeDark");

        waitFor("dark look", () -> GuiActionRunner.execute(FlatLaf::isLafDark));
        assertThat(app.settings().settings().theme()).isEqualTo(Theme.DARK);
        assertThat(luminance(GuiActionRunner.execute(() -> app.window().getJMenuBar().getBackground())))
                .isLessThan(0.5);
        ChartColors dark = GuiActionRunner.execute(() -> charts().colors());
        assertThat(luminance(dark.background())).isLessThan(0.5);
        assertThat(luminance(dark.title())).isGreaterThan(0.5);
        assertThat(dark.background()).isEqualTo(GuiActionRunner.execute(() -> UIManager.getColor("Panel.background")));
        XYPlot plot = GuiActionRunner.execute(() -> firstChart().getXYPlot());
        assertThat(GuiActionRunner.execute(() -> firstChart().getBackgroundPaint())).isEqualTo(dark.background());
        assertThat(GuiActionRunner.execute(plot::getBackgroundPaint)).isEqualTo(dark.plotBackground());
        assertThat(GuiActionRunner.execute(() -> plot.getRangeAxis().getTickLabelPaint())).isEqualTo(dark.axisText());
        assertThat(GuiActionRunner.execute(plot::getDomainGridlinePaint)).isEqualTo(dark.grid());
        assertThat(radio("themeDark").isSelected()).isTrue();
        screenshot("dark-main.png");
        if (System.getProperty("looks.screenshots") != null) {
            GuiActionRunner.execute(() -> viewer.setExtendedState(java.awt.Frame.NORMAL));
            screenshot("dark-results.png");
            GuiActionRunner.execute(() -> viewer.setExtendedState(java.awt.Frame.ICONIFIED));
            window.moveToFront();
        }

        choose("themeLight");
        waitFor("light look", () -> GuiActionRunner.execute(() -> !FlatLaf.isLafDark()));
        assertThat(GuiActionRunner.execute(() -> charts().colors())).isEqualTo(ChartColors.LIGHT);
        assertThat(GuiActionRunner.execute(() -> firstChart().getXYPlot().getBackgroundPaint())).isEqualTo(Color.WHITE);
        assertThat(app.settings().settings().theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void followSystemAsksTheDesktopAndTheMarkFollowsTheSettings() throws Exception {
        launch();
        GuiActionRunner.execute(() -> {
            dev.labelj.ui.support.ThemeSupport.switchTo(Theme.DARK);
            return null;
        });
        choose("themeSystem");
        // this virtual display has no dark desktop setting: following it means light
        waitFor("light look", () -> GuiActionRunner.execute(() -> !FlatLaf.isLafDark()));
        assertThat(app.settings().settings().theme()).isEqualTo(Theme.SYSTEM);
        app.settings().flush();
        assertThat(SettingsStore.load(home.resolve("settings.json")).settings().theme()).isEqualTo(Theme.SYSTEM);

        // changed behind the menu's back (as Reset does): the mark follows when the menu opens
        app.settings().updateSettings(s -> s.withTheme(Theme.LIGHT));
        GuiActionRunner.execute(() -> findMenu("theme").setSelected(true)); // as when the submenu opens
        assertThat(radio("themeLight").isSelected()).isTrue();
        assertThat(radio("themeSystem").isSelected()).isFalse();
        closeMenus();
    }

    @Test
    void chineseChosenInTheMenuSwitchesTheOpenWindowAtOnceAndIsRemembered() throws Exception {
        launch();
        assertThat(radio("languageChinese").getText()).isEqualTo("\u7b80\u4f53\u4e2d\u6587");
        assertThat(GuiActionRunner.execute(() -> findMenu("language").getText())).isEqualTo("Language");
        waitFor("the labelled count", () -> !GuiActionRunner.execute(
                () -> window.label("status.labelled").target().getText()).isEmpty());
        chooseLater("languageChinese");

        waitFor("the menu bar in Chinese", () -> GuiActionRunner.execute(
                () -> app.window().getJMenuBar().getMenu(0).getText()).equals("\u6587\u4ef6"));
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertThat(app.settings().settings().language()).isEqualTo(Languages.CHINESE);
        assertThat(GuiActionRunner.execute(() -> findMenu("language").getText())).isEqualTo("\u8bed\u8a00");
        assertThat(window.menuItem("save").target().getText()).isEqualTo(Messages.in(zh, "action.save"));
        assertThat(window.button("tool.createBox").target().getToolTipText())
                .startsWith(Messages.in(zh, "action.createBox.tip"));
        assertThat(window.label("status").target().getText()).isEqualTo(Messages.in(zh, "status.languageSwitched"));
        assertThat(GuiActionRunner.execute(() -> window.table("boxList").target().getTableHeader().getColumnModel()
                .getColumn(0).getHeaderValue())).isEqualTo(Messages.in(zh, "boxList.label"));
        assertThat(GuiActionRunner.execute(() -> window.checkBox("useDefaultLabel").target().getText()))
                .isEqualTo(Messages.in(zh, "defaultLabel.use"));
        assertThat(window.button("tool.undo").target().getText()).isEqualTo(Messages.in(zh, "action.undo"));
        String labelled = GuiActionRunner.execute(() -> window.label("status.labelled").target().getText());
        assertThat(java.util.stream.IntStream.rangeClosed(0, 8).mapToObj(n -> Messages.in(zh, "status.labelledOf", n, 8)))
                .as("the labelled count in Chinese").contains(labelled);
        assertThat(GuiActionRunner.execute(() -> window.menuItem("saveFormat").target().getText()))
                .as("the format toggle keeps naming the format").isEqualTo(Messages.in(zh, "action.saveFormat", "PascalVOC"));

        chooseLater("languageEnglish");
        waitFor("back in English", () -> GuiActionRunner.execute(
                () -> app.window().getJMenuBar().getMenu(0).getText()).equals("File"));
        assertThat(window.menuItem("save").target().getText()).isEqualTo(Messages.in(Locale.ENGLISH, "action.save"));
        chooseLater("languageChinese");
        waitFor("Chinese again", () -> GuiActionRunner.execute(
                () -> app.window().getJMenuBar().getMenu(0).getText()).equals("\u6587\u4ef6"));
        window.close();
        AppFixture.cleanUp(window);
        window = null;

        launch();
        assertThat(GuiActionRunner.execute(() -> app.window().getJMenuBar().getMenu(0).getText()))
                .as("remembered for the next start").isEqualTo("\u6587\u4ef6");
        assertThat(radio("languageChinese").isSelected()).isTrue();
    }

    @Test
    void f1ShowsEveryShortcutOfBothWindowsAndAboutShowsTheVersion() {
        launch();
        window.pressAndReleaseKeys(KeyEvent.VK_F1);
        DialogFixture dialog = WindowFinder.findDialog("shortcutsDialog").withTimeout(10000).using(window.robot());
        JTable main = dialog.table("shortcuts." + ActionId.Scope.MAIN).target();
        List<ShortcutTable.Row> rows = ShortcutTable.rows(ActionId.Scope.MAIN, Messages::get);
        assertThat(GuiActionRunner.execute(main::getRowCount)).isEqualTo(rows.size()).isGreaterThan(30);
        assertThat(GuiActionRunner.execute(() -> columnValues(main, 1))).contains(Messages.get("action.undo"),
                Messages.get("action.shortcuts"));
        assertThat(GuiActionRunner.execute(() -> columnValues(main, 0))).contains("Ctrl+Z", "D", "F1");
        dialog.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitFor("dialog closed", () -> !dialog.target().isShowing());

        window.menuItemWithPath(Messages.get("menu.help"), Messages.get("action.about")).click();
        JOptionPaneFixture about = window.optionPane();
        about.requireMessage(Messages.get("about.versioned", "dev", System.getProperty("java.version")));
        about.buttonWithText(UIManager.getString("OptionPane.okButtonText")).click();
    }

    /**
     * Chooses a View ▸ submenu item as a click does (the item fires its action; the group moves the mark).
     * Driven directly: the robot's walk through nested submenus slowed to minutes on a busy display.
     */
    private void choose(String item) {
        JRadioButtonMenuItem radio = radio(item);
        GuiActionRunner.execute(() -> radio.doClick());
    }

    /** For a choice that opens a modal message: returns while the message is shown. */
    private void chooseLater(String item) {
        JRadioButtonMenuItem radio = radio(item);
        javax.swing.SwingUtilities.invokeLater(radio::doClick);
    }

    /** A menu left open outlives its window and slows every later robot action. */
    private static void closeMenus() {
        GuiActionRunner.execute(() -> javax.swing.MenuSelectionManager.defaultManager().clearSelectedPath());
    }

    /** With -Dlooks.screenshots=DIR: the whole virtual screen, for a person to look at. */
    private static void screenshot(String name) {
        String dir = System.getProperty("looks.screenshots");
        if (dir == null) {
            return;
        }
        Pause.pause(1500);
        try {
            new ProcessBuilder("import", "-window", "root", Path.of(dir, name).toString()).inheritIO().start()
                    .waitFor(30, TimeUnit.SECONDS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Object> columnValues(JTable table, int column) {
        return java.util.stream.IntStream.range(0, table.getRowCount()).mapToObj(r -> table.getValueAt(r, column))
                .toList();
    }

    private ChartGridPanel charts() {
        return (ChartGridPanel) find(viewer, "chartGrid");
    }

    private JFreeChart firstChart() {
        return ((org.jfree.chart.ChartPanel) charts().getComponent(0)).getChart();
    }

    private JRadioButtonMenuItem radio(String name) {
        return GuiActionRunner.execute(() -> (JRadioButtonMenuItem) find(app.window().getJMenuBar(), name));
    }

    private JMenu findMenu(String name) {
        JMenu view = app.window().getJMenuBar().getMenu(2);
        return (JMenu) find(view.getPopupMenu(), name);
    }

    private static Component find(Container root, String name) {
        for (Component child : root instanceof JMenu menu ? menu.getMenuComponents() : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container container) {
                Component found = find(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
    }

    private static void waitFor(String what, BooleanSupplier test) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return test.getAsBoolean();
            }
        }, Timeout.timeout(Duration.ofSeconds(20).toMillis()));
    }
}
