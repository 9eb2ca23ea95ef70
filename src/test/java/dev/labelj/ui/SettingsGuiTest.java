package dev.labelj.ui;

import dev.labelj.ui.session.LaunchOptions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.cli.Main;
import dev.labelj.settings.History;
import dev.labelj.settings.RecentEntry;
import dev.labelj.settings.SettingsStore;
import dev.labelj.settings.Theme;
import dev.labelj.support.AppFixture;
import dev.labelj.ui.support.Messages;
import java.awt.Frame;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import javax.swing.JMenu;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;

/** Settings as the user meets them: resume, reset from the menu and from the command line, notices. */
@org.junit.jupiter.api.Timeout(value = 90, unit = TimeUnit.SECONDS,
        threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class SettingsGuiTest {
    private static final Path IMAGES = Path.of("data/images").toAbsolutePath();

    @TempDir
    Path home;
    private FrameFixture window;
    private App app;

    @BeforeAll
    static void installRepaintCheck() {
        AppFixture.setUpClass();
    }

    @AfterEach
    void close() {
        AppFixture.cleanUp(window);
    }

    private Path settingsFile() {
        return home.resolve("settings.json");
    }

    private void launch(LaunchOptions options) {
        AppFixture.Launched launched = AppFixture.launch(options, settingsFile());
        app = launched.app();
        window = launched.window();
    }

    private void closeWindow() {
        window.close();
        waitFor("window disposed", () -> !window.target().isDisplayable());
        AppFixture.cleanUp(window);
        window = null;
    }

    @Test
    void aWindowClosedAtItsFirstPictureRemembersTheFolderAndThatPicture() throws Exception {
        launch(LaunchOptions.ofImages(IMAGES));
        waitForTitle("[1 / 8]");
        app.windowCompleted().get(20, TimeUnit.SECONDS);
        closeWindow();

        SettingsStore onDisk = SettingsStore.load(settingsFile());
        assertThat(onDisk.history().mostRecent().map(RecentEntry::path)).contains(IMAGES);
        assertThat(onDisk.history().lastImageIn(IMAGES)).contains(IMAGES.resolve("astronaut-portrait.jpg"));
    }

    @Test
    void reopeningWithNoImageArgumentResumesOnTheLastImageShown() throws Exception {
        launch(LaunchOptions.ofImages(IMAGES));
        waitForTitle("[1 / 8]");
        window.pressAndReleaseKeys(KeyEvent.VK_D);
        waitForTitle("[2 / 8]");
        window.pressAndReleaseKeys(KeyEvent.VK_D);
        waitForTitle("[3 / 8]");
        closeWindow();

        SettingsStore onDisk = SettingsStore.load(settingsFile());
        assertThat(onDisk.history().mostRecent().map(RecentEntry::path)).contains(IMAGES);
        assertThat(onDisk.history().lastImageIn(IMAGES)).contains(IMAGES.resolve("cameraman.png"));

        launch(LaunchOptions.empty());
        waitForTitle("[3 / 8]");
        assertThat(window.target().getTitle()).isEqualTo("LabelJ \u2014 cameraman.png [3 / 8]");
        assertThat(app.session().plan().resumed()).isTrue();
    }

    @Test
    void openingTheFolderFromTheRecentMenuLandsOnItsRememberedImage() {
        launch(LaunchOptions.ofImages(IMAGES));
        waitForTitle("[1 / 8]");
        window.pressAndReleaseKeys(KeyEvent.VK_D);
        waitForTitle("[2 / 8]");
        GuiActionRunner.execute(() -> app.session().request(5));
        waitForTitle("[6 / 8]");
        window.menuItem("recentMenu").click();
        window.menuItem("recent.0").requireEnabled().click();
        waitFor("folder reopened", () -> GuiActionRunner.execute(() -> app.session().index()) == 5);
        assertThat(window.target().getTitle()).contains("[6 / 8]");
    }

    @Test
    void resetHistoryOnlyFromTheMenuForgetsFoldersLiveAndKeepsABackup() throws Exception {
        launch(LaunchOptions.ofImages(IMAGES));
        waitForTitle("[1 / 8]");
        window.pressAndReleaseKeys(KeyEvent.VK_D);
        waitForTitle("[2 / 8]");
        GuiActionRunner.execute(() -> app.settings().updateSettings(s -> s.withAutoSave(true)));
        app.settings().flush();

        window.menuItem("resetSettings").click();
        JOptionPaneFixture dialog = window.optionPane();
        dialog.requireMessage(Messages.get("reset.question", settingsFile()));
        dialog.button(JButtonMatcher.withText(Messages.get("reset.historyOnly"))).click();

        waitFor("status says reset", () -> statusText().startsWith(Messages.get("status.settingsReset", "")));
        assertThat(app.settings().history()).isEqualTo(History.empty());
        assertThat(app.settings().settings().autoSave()).isTrue();
        assertThat(SettingsStore.load(settingsFile()).history().recent()).isEmpty();
        Path backup = single("settings.json.bak-");
        assertThat(SettingsStore.load(backup).history().lastImageIn(IMAGES)).isPresent();

        JMenu recent = (JMenu) window.menuItem("recentMenu").target();
        assertThat(GuiActionRunner.execute(() -> {
            ((dev.labelj.ui.actions.RecentMenu) recent).rebuild();
            return recent.getItem(0).getName() + " " + recent.getItem(0).isEnabled();
        })).isEqualTo("recent.none false");
    }

    @Test
    void resetEverythingFromTheMenuSwitchesBackToTheDefaultThemeWithoutRestart() throws Exception {
        SettingsStore before = SettingsStore.load(settingsFile());
        before.updateSettings(s -> s.withTheme(Theme.DARK));
        before.updateSettings(s -> s.withBoxLineWidth(6).withLabelColor("cat", "#123456"));
        before.close();
        launch(LaunchOptions.empty());
        assertThat(GuiActionRunner.execute(com.formdev.flatlaf.FlatLaf::isLafDark)).isTrue();
        assertThat(GuiActionRunner.execute(() -> app.canvas().style().lineWidthPx())).isEqualTo(6f);
        assertThat(GuiActionRunner.execute(() -> app.canvas().palette().isChosen("cat"))).isTrue();

        window.menuItem("resetSettings").click();
        window.optionPane().button(JButtonMatcher.withText(Messages.get("reset.everything"))).click();

        waitFor("light theme", () -> GuiActionRunner.execute(() -> !com.formdev.flatlaf.FlatLaf.isLafDark()));
        assertThat(app.settings().settings().theme()).isEqualTo(Theme.SYSTEM);
        assertThat(SettingsStore.load(single("settings.json.bak-")).settings().theme()).isEqualTo(Theme.DARK);
        assertThat(GuiActionRunner.execute(() -> app.canvas().style().lineWidthPx())).as("line width reset live")
                .isEqualTo(2f);
        assertThat(GuiActionRunner.execute(() -> app.canvas().palette().isChosen("cat"))).as("colours reset live")
                .isFalse();
    }

    @Test
    void afterResetEverythingTheWindowSavesInTheSettingsFormatAndTheOpenFolderIsRememberedAgain() throws Exception {
        Path images = dev.labelj.support.SampleImages.copyInto(home);
        Path labels = home.resolve("labels");
        launch(new LaunchOptions(Optional.of(images), Optional.empty(), Optional.of(labels), Optional.empty(),
                Optional.empty(), false, false));
        waitForTitle("[1 / 8]");
        window.pressAndReleaseKeys(KeyEvent.VK_D);
        waitForTitle("[2 / 8]");
        pressCtrl(KeyEvent.VK_Y);
        waitFor("YOLO chosen", () -> app.settings().settings().saveFormat().equals("yolo"));

        window.menuItem("resetSettings").click();
        window.optionPane().button(JButtonMatcher.withText(Messages.get("reset.everything"))).click();
        waitFor("status says reset", () -> statusText().startsWith(Messages.get("status.settingsReset", "")));

        assertThat(app.settings().settings().saveFormat()).isEqualTo("voc");
        assertThat(GuiActionRunner.execute(() -> app.session().plan().format())).isEqualTo("voc");
        assertThat(GuiActionRunner.execute(() -> window.button("tool.saveFormat").target().getText()))
                .isEqualTo(Messages.get("action.saveFormat", "PascalVOC"));
        pressCtrl(KeyEvent.VK_S);
        waitFor("saved as VOC", () -> Files.isRegularFile(labels.resolve("astronaut.xml")));
        assertThat(labels.resolve("astronaut.txt")).doesNotExist();
        assertThat(app.settings().history().mostRecent().map(RecentEntry::path)).contains(images);
        assertThat(app.settings().history().lastImageIn(images)).contains(images.resolve("astronaut.jpg"));
    }

    private void pressCtrl(int key) {
        window.robot().pressKey(KeyEvent.VK_CONTROL);
        window.robot().pressAndReleaseKey(key);
        window.robot().releaseKey(KeyEvent.VK_CONTROL);
        window.robot().waitForIdle();
    }

    @Test
    void resetFromTheMenuSaysWhyWhenTheFileFromANewerVersionIsLeftAlone() throws Exception {
        String newer = "{\"version\": 9, \"settings\": {\"autoSave\": true}}";
        Files.writeString(settingsFile(), newer);
        launch(LaunchOptions.ofImages(IMAGES));
        waitForTitle("[1 / 8]");

        window.menuItem("resetSettings").click();
        window.optionPane().button(JButtonMatcher.withText(Messages.get("reset.everything"))).click();

        waitFor("status says not reset", () -> statusText().equals(
                Messages.get("status.settingsResetBlockedNewer", settingsFile())));
        assertThat(app.settings().settings().autoSave()).isTrue();
        assertThat(settingsFile()).hasContent(newer);
        assertThat(siblings("settings.json.bak-")).isEmpty();
    }

    @Test
    void closingTheWindowSavesOffTheEdtAndDropsTheExitHook() throws Exception {
        launch(LaunchOptions.ofImages(IMAGES));
        waitForTitle("[1 / 8]");
        List<Thread> writers = new java.util.concurrent.CopyOnWriteArrayList<>();
        dev.labelj.settings.StoreProbe.observeWrites(app.settings(), writers::add);

        // A change still waiting for its delayed save when the window closes: the close must write it.
        GuiActionRunner.execute(() -> {
            app.settings().updateHistory(h -> h.withDivider("probe", 123));
            app.window().dispose();
        });

        app.settingsClosed().get(20, TimeUnit.SECONDS);
        assertThat(writers).isNotEmpty().noneMatch(t -> t.getName().startsWith("AWT-EventQueue"));
        assertThat(SettingsStore.load(settingsFile()).history().divider("probe")).contains(123);
        // Already removed: removing it again finds nothing (and would clean up if the fix regressed).
        assertThat(Runtime.getRuntime().removeShutdownHook(app.settingsShutdownHook())).isFalse();
    }

    @Test
    void openDirKeepsTheClassFileAndTakesTheNewFoldersOwnSaveDir() throws Exception {
        Path other = Files.createDirectories(home.resolve("other"));
        Path third = Files.createDirectories(home.resolve("third"));
        for (Path folder : List.of(other, third)) {
            Files.copy(IMAGES.resolve("cat.jpg"), folder.resolve("cat.jpg"));
        }
        Path classes = Files.writeString(home.resolve("classes.txt"), "cat\n");
        SettingsStore before = SettingsStore.load(settingsFile());
        before.updateHistory(h -> h.withRecent(new RecentEntry(third, null, home.resolve("third-labels"))));
        before.close();
        launch(new LaunchOptions(Optional.of(IMAGES), Optional.of(classes), Optional.of(home.resolve("labels")),
                Optional.empty(), Optional.empty(), false, false));
        waitForTitle("[1 / 8]");

        openDirFromMenu(other);
        waitFor("other folder remembered", () -> app.settings().history().mostRecent()
                .map(RecentEntry::path).filter(other::equals).isPresent());
        assertThat(app.settings().history().mostRecent()).contains(new RecentEntry(other, classes, null));

        openDirFromMenu(third);
        waitFor("third folder remembered", () -> app.settings().history().mostRecent()
                .map(RecentEntry::path).filter(third::equals).isPresent());
        assertThat(app.settings().history().mostRecent())
                .contains(new RecentEntry(third, classes, home.resolve("third-labels")));
        assertThat(app.session().plan().saveDir()).contains(home.resolve("third-labels"));
    }

    private void openDirFromMenu(Path folder) {
        window.menuItemWithPath(Messages.get("menu.file"), Messages.get("action.openDir")).click();
        org.assertj.swing.finder.JFileChooserFinder.findFileChooser("openDirChooser").withTimeout(10_000)
                .using(window.robot()).setCurrentDirectory(folder.getParent().toFile())
                .selectFile(folder.toFile()).approve();
        waitForTitle("cat.jpg [1 / 1]");
    }

    @Test
    void aRecentFolderThatIsGoneCanBeChosenAndSaysSo() throws Exception {
        Path gone = home.resolve("unplugged");
        SettingsStore before = SettingsStore.load(settingsFile());
        before.updateHistory(h -> h.withRecent(RecentEntry.of(IMAGES)).withRecent(RecentEntry.of(gone)));
        before.close();
        launch(LaunchOptions.ofImages(IMAGES));
        waitForTitle("[1 / 8]");
        waitFor("folder recorded", () -> app.settings().history().mostRecent()
                .map(RecentEntry::path).filter(IMAGES::equals).isPresent());

        window.menuItem("recentMenu").click();
        window.menuItem("recent.1").requireEnabled().click();

        waitFor("status says the folder is gone", () -> statusText().equals(
                Messages.get("status.recentMissing", gone)));
        assertThat(app.session().plan().images()).contains(IMAGES);
        assertThat(window.target().getTitle()).contains("[1 / 8]");
    }

    @Test
    void cancellingTheResetDialogChangesNothing() throws Exception {
        launch(LaunchOptions.ofImages(IMAGES));
        waitForTitle("[1 / 8]");
        window.menuItem("resetSettings").click();
        window.optionPane().button(JButtonMatcher.withText(Messages.get("reset.cancel"))).click();
        Pause.pause(SettingsStore.SAVE_DELAY_MILLIS * 3);
        assertThat(app.settings().history().mostRecent()).isPresent();
        assertThat(siblings("settings.json.bak-")).isEmpty();
    }

    @Test
    void resetSettingsOnTheCommandLineStartsCleanThenKeepsLaunching() throws Exception {
        SettingsStore before = SettingsStore.load(settingsFile());
        before.updateHistory(h -> h.withRecent(RecentEntry.of(IMAGES)).withLastImage(IMAGES, IMAGES.resolve("cat.jpg")));
        before.close();

        int exit = Main.run("--settings", settingsFile().toString(), "--reset-settings", IMAGES.toString());

        assertThat(exit).isEqualTo(-1);
        waitFor("a launched window", () -> launchedWindow().isPresent());
        window = new FrameFixture(launchedWindow().orElseThrow());
        waitForTitle("[1 / 8]");
        assertThat(window.target().getTitle()).contains("astronaut-portrait.jpg [1 / 8]");
        Path backup = single("settings.json.bak-");
        assertThat(SettingsStore.load(backup).history().lastImageIn(IMAGES)).contains(IMAGES.resolve("cat.jpg"));
        waitFor("status mentions the backup", () -> statusText().contains(backup.toString()));
    }

    @Test
    void aCorruptFileGivesDefaultsAndOneStatusNoticeNamingTheKeptCopy() throws Exception {
        Files.writeString(settingsFile(), "{\"version\": 1, \"settings\": {\"autoSave\": tr");
        launch(LaunchOptions.ofImages(IMAGES));
        waitForTitle("[1 / 8]");
        Path aside = single("settings.json.corrupt-");
        waitFor("notice shown after the first image", () -> statusText().equals(
                Messages.get("status.settingsMalformed", settingsFile(), aside.getFileName())));
        window.pressAndReleaseKeys(KeyEvent.VK_D);
        waitForTitle("[2 / 8]");
        waitFor("notice not repeated", () -> !statusText().contains(aside.getFileName().toString()));
    }

    @Test
    void commandLineFormatWinsAndIsRemembered() throws Exception {
        LaunchOptions yolo = new LaunchOptions(Optional.of(IMAGES), Optional.empty(), Optional.of(home.resolve("labels")),
                Optional.of("yolo"), Optional.empty(), false, false);
        launch(yolo);
        waitForTitle("[1 / 8]");
        assertThat(app.session().plan().format()).isEqualTo("yolo");
        closeWindow();
        SettingsStore onDisk = SettingsStore.load(settingsFile());
        assertThat(onDisk.settings().saveFormat()).isEqualTo("yolo");
        assertThat(onDisk.history().mostRecent().orElseThrow().saveDir()).isEqualTo(home.resolve("labels"));

        launch(LaunchOptions.empty());
        waitForTitle("[1 / 8]");
        assertThat(app.session().plan().saveDir()).contains(home.resolve("labels"));
    }

    private static Optional<Frame> launchedWindow() {
        return GuiActionRunner.execute(() -> Arrays.stream(Frame.getFrames())
                .filter(f -> f instanceof MainWindow && f.isShowing()).findFirst());
    }

    private String statusText() {
        return GuiActionRunner.execute(() -> window.label("status").target().getText());
    }

    private Path single(String prefix) throws Exception {
        List<Path> found = siblings(prefix);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<Path> siblings(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    private void waitForTitle(String part) {
        waitFor("title contains " + part, () -> window.target().getTitle().contains(part));
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
