package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.GuiTests;
import dev.labelj.support.Processes;
import dev.labelj.support.SampleImages;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class list the build archives (src/main/cds/labelj.classlist, docs/adr/0172) still holds what a start loads:
 * the launcher on the sample data, up to its first image and the save thread's warm-up, and then the first save and
 * images, loads every class of its own and of its libraries from the archive. A change that makes the start load
 * classes the list lacks would otherwise only make it slower, silently; this names them.
 */
class ClassListIT {
    private static final Path HERE = Path.of("").toAbsolutePath();
    private static final Path LAUNCHER = Processes.target().resolve("bin/labelj");
    private static final Path LIST = HERE.resolve("src/main/cds/labelj.classlist");
    /** "[0.123s][info][class,load] dev.labelj.ui.App source: jar:file:..." */
    private static final Pattern LOADED = Pattern.compile("\\[class,load\\] (\\S+) source: (.*)$");

    @Test
    void everyClassAStartLoadsFromTheJarIsInTheArchive(@TempDir Path dir) throws Exception {
        GuiTests.requireDisplay();
        Path log = startUntilTheSaveThreadIsWarm(dir.resolve("settings.json"), dir.resolve("classes.log"));
        assertThat(notInTheList(log))
                .as("classes a start loads that src/main/cds/labelj.classlist lacks; write it anew with "
                        + "src/main/cds/make-classlist.sh")
                .isEmpty();
    }

    /** Every start after the first finds the settings file the first wrote: reading it is start-up work too. */
    @Test
    void everyClassAStartWithEarlierSettingsLoadsFromTheJarIsInTheArchive(@TempDir Path dir) throws Exception {
        GuiTests.requireDisplay();
        Path settings = dir.resolve("settings.json");
        startUntilTheSaveThreadIsWarm(settings, dir.resolve("first.log"));
        assertThat(settings).as("the first start wrote its settings").isNotEmptyFile();

        assertThat(notInTheList(startUntilTheSaveThreadIsWarm(settings, dir.resolve("second.log"))))
                .as("classes a start with settings from an earlier start loads that src/main/cds/labelj.classlist "
                        + "lacks; write it anew with src/main/cds/make-classlist.sh")
                .isEmpty();
    }

    /**
     * LabelJ's lambdas that a start makes come from the archive too, made at build time: a call site whose lambda is
     * not there has its class generated while the window is built (a millisecond or so each, on the EDT). Two call
     * sites in one class that make the same lambda need it listed twice. The JDK's own are left out: two threads
     * that link one call site at the same moment (AWT's headless check, asked by the display check and the
     * look and feel at once) each take an archived class, and when the list has one the other is made.
     */
    @Test
    void everyLambdaAStartMakesComesFromTheArchive(@TempDir Path dir) throws Exception {
        GuiTests.requireDisplay();
        Path log = startUntilTheSaveThreadIsWarm(dir.resolve("settings.json"), dir.resolve("classes.log"));
        List<String> lambdas = lambdas(Files.readAllLines(log, StandardCharsets.UTF_8)).stream()
                .filter(line -> line.startsWith("dev.labelj.")).toList();
        assertThat(lambdas).as("LabelJ's lambdas in the log").isNotEmpty();
        assertThat(lambdas.stream().filter(line -> !line.endsWith("source: shared objects file")))
                .as("lambdas a start made itself; write src/main/cds/labelj.classlist anew with "
                        + "src/main/cds/make-classlist.sh")
                .isEmpty();
    }

    /**
     * What a user does first, Ctrl+S then D, D and A, makes no lambda of LabelJ's at run time and reads no class
     * from the jar that the list lacks: the list is made with those keys pressed (docs/adr/0185), and the first save
     * was 3-5 ms slower on the window's thread for the lambdas it made.
     */
    @Test
    void theFirstSaveAndTheImagesAfterItTakeTheirClassesFromTheArchive(@TempDir Path dir) throws Exception {
        GuiTests.requireDisplay();
        Path images = SampleImages.copyInto(dir);
        Path annotations = SampleImages.copyAnnotationsInto(dir.resolve("annotations"));
        Path saved = annotations.resolve("astronaut-portrait.xml");
        Object before = fileKey(saved);
        Path log = start(List.of(images.toString(), "predefined_classes.txt", annotations.toString()),
                dir.resolve("settings.json"), dir.resolve("classes.log"), () -> {
                    Thread.sleep(1000); // the window settles and has the keyboard focus
                    Robot robot = new Robot();
                    robot.setAutoDelay(20);
                    robot.keyPress(KeyEvent.VK_CONTROL);
                    robot.keyPress(KeyEvent.VK_S);
                    robot.keyRelease(KeyEvent.VK_S);
                    robot.keyRelease(KeyEvent.VK_CONTROL);
                    for (int tries = 0; tries < 100 && before.equals(fileKey(saved)); tries++) {
                        Thread.sleep(100);
                    }
                    assertThat(fileKey(saved)).as("the file Ctrl+S wrote anew").isNotEqualTo(before);
                    for (int key : new int[] {KeyEvent.VK_D, KeyEvent.VK_D, KeyEvent.VK_A}) {
                        Thread.sleep(500);
                        robot.keyPress(key);
                        robot.keyRelease(key);
                    }
                    Thread.sleep(1000);
                });
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(lambdas(lines).stream().filter(line -> line.startsWith("dev.labelj."))
                .filter(line -> !line.endsWith("source: shared objects file")))
                .as("LabelJ's lambdas the keys made; write src/main/cds/labelj.classlist anew with "
                        + "src/main/cds/make-classlist.sh")
                .isEmpty();
        assertThat(notInTheList(log)).as("classes the keys read from the jar that the list lacks").isEmpty();
    }

    /** The file's identity on the disk: a save replaces the file with a new one. */
    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    /**
     * Starts the launcher on the sample data with {@code settings}, logging the classes it loads to {@code log},
     * and ends it once the save thread is warm and the settings file is written.
     */
    private static Path startUntilTheSaveThreadIsWarm(Path settings, Path log) throws Exception {
        return start(List.of("data/images", "predefined_classes.txt", "data/annotations"), settings, log, () -> {
        });
    }

    /** What a test does with the window once the save thread is warm, before the window is ended. */
    private interface Use {
        void run() throws Exception;
    }

    /**
     * Starts the launcher on {@code folders} (images, class file, save folder) with {@code settings}, logging the
     * classes it loads to {@code log}; once the save thread is warm and the settings file is written runs
     * {@code use}, then ends the window.
     */
    private static Path start(List<String> folders, Path settings, Path log, Use use) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(folders);
        command.addAll(List.of("--settings", settings.toString(), "--trace-timing"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(HERE.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LABELJ_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        Process process = builder.start();
        List<String> milestones = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null && !line.endsWith("save thread warm")) {
                milestones.add(line);
            }
            assertThat(line).as("the start ended before the save thread's warm-up: %s", milestones).isNotNull();
            use.run();
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        return log;
    }

    private static List<String> notInTheList(Path log) throws Exception {
        List<String> listed = Files.readAllLines(LIST, StandardCharsets.UTF_8).stream()
                .map(entry -> entry.split(" ")[0].replace('/', '.')).toList();
        List<String> fromJar = notArchived(Files.readAllLines(log, StandardCharsets.UTF_8));
        // a listed class the dump could not archive (picocli's Java 5 classes: the archive takes Java 6 and newer)
        // is not the list's fault
        fromJar.removeAll(listed);
        return fromJar;
    }

    /** "NAME source: WHERE" of every lambda class the log says was loaded. */
    private static List<String> lambdas(List<String> log) {
        List<String> lambdas = new ArrayList<>();
        for (String line : log) {
            Matcher m = LOADED.matcher(line);
            if (m.find() && m.group(1).contains("$$Lambda")) {
                lambdas.add(m.group(1) + " source: " + m.group(2));
            }
        }
        return lambdas;
    }

    /**
     * Classes the JVM read from the jar rather than the archive. Hidden classes (lambdas, proxies) are not read
     * from the jar; lambdas have their own test.
     */
    private static List<String> notArchived(List<String> log) {
        List<String> names = new ArrayList<>();
        for (String line : log) {
            Matcher m = LOADED.matcher(line);
            if (m.find() && m.group(2).contains("labelj.jar") && !m.group(1).contains("$$Lambda")
                    && !m.group(1).contains("/0x")) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
