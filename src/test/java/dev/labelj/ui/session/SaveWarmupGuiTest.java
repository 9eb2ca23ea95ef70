package dev.labelj.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.io.Formats;
import dev.labelj.io.voc.VocFormat;
import dev.labelj.support.AppFixture;
import dev.labelj.support.CanvasDriver;
import dev.labelj.support.GuiTest;
import dev.labelj.support.SampleImages;
import dev.labelj.ui.App;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first save's one-time costs are paid after the first image, before any Ctrl+S (docs/adr/0170). */
@GuiTest
class SaveWarmupGuiTest {
    private static final String FIRST = "astronaut-portrait.jpg";
    @TempDir
    Path home;
    private FrameFixture window;

    @BeforeAll
    static void display() {
        AppFixture.setUpClass();
    }

    @AfterEach
    void close() {
        AppFixture.cleanUp(window);
    }

    @Test
    void theSaveThreadIsWarmSoonAfterTheFirstImageAndTheUsersFoldersAreUntouched() throws Exception {
        Path images = SampleImages.copyInto(home);
        Path labels = Files.createDirectories(home.resolve("labels"));
        List<Path> before = tree(home);
        LaunchOptions options = new LaunchOptions(Optional.of(images), Optional.empty(), Optional.of(labels),
                Optional.of("voc"), Optional.empty(), false, false);
        AppFixture.Launched launched = AppFixture.launch(options, home.resolve("settings.json"));
        window = launched.window();
        App app = launched.app();
        CanvasDriver driver = new CanvasDriver(app, window);
        driver.waitForImage(FIRST);

        int formats = GuiActionRunner.execute(() -> app.session().saveWarmup()).get(30, TimeUnit.SECONDS);

        assertThat(formats).isEqualTo(Formats.all().size());
        assertThat(VocFormat.bindingBuilt()).isTrue();
        assertThat(tree(home)).as("nothing written beside the images or in the save dir")
                .containsExactlyInAnyOrderElementsOf(before);
        driver.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL);
        driver.waitForFile(labels.resolve("astronaut-portrait.xml"));
    }

    /**
     * Every file and folder under {@code root} but the settings the launch writes (the window saves them meanwhile,
     * through a temporary file that may be gone by the time the walk looks at it).
     */
    private static List<Path> tree(Path root) throws Exception {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                found.add(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!isSettings(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (isSettings(file)) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return found;
    }

    private static boolean isSettings(Path file) {
        return file.getFileName().toString().startsWith("settings");
    }
}
