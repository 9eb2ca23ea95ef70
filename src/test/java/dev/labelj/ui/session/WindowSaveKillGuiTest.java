package dev.labelj.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.StoredAnnotation;
import dev.labelj.model.Box;
import dev.labelj.model.ImageSize;
import dev.labelj.support.GuiTest;
import dev.labelj.support.GuiTests;
import dev.labelj.support.SampleImages;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL the window while it saves, many times: the annotation file is always a whole file of one save, every
 * box of it with that save's label, and the next window opens it editable.
 */
@GuiTest
class WindowSaveKillGuiTest {
    private static final int KILLS = 12;

    @TempDir
    Path home;

    @BeforeAll
    static void display() {
        GuiTests.requireDisplay();
    }

    @Test
    void aWindowKilledWhileSavingAlwaysLeavesAWholeAnnotationFile() throws Exception {
        Path images = SampleImages.copyInto(home);
        Path labels = home.resolve("labels");
        Path file = labels.resolve("astronaut-portrait.xml");
        AnnotationStore store = new AnnotationStore(AnnotationLocator.inSaveDir(images, labels), Formats.VOC,
                FormatOptions.DEFAULT);
        Random random = new Random(20261206);
        Set<Integer> counts = new HashSet<>();
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = startWindow(images, labels);
            try {
                awaitFirstSave(child);
                Thread.sleep(random.nextInt(300));
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            StoredAnnotation stored = store.read(images.resolve("astronaut-portrait.jpg"), new ImageSize(1, 1, 3))
                    .orElseThrow();
            var boxes = stored.read().annotation().boxes();
            assertThat(boxes).as("after kill %d", kill).isNotEmpty().hasSizeLessThanOrEqualTo(7);
            assertThat(boxes).extracting(Box::label).as("one save's boxes, not a mix")
                    .containsOnly("box" + boxes.size());
            counts.add(boxes.size());
        }
        assertThat(counts).as("the window was killed mid-stream, not idle").hasSizeGreaterThan(2);
        try (Stream<Path> left = Files.list(labels)) {
            assertThat(left.filter(p -> p.getFileName().toString().endsWith(".xml")))
                    .containsExactly(file);
        }
    }

    private Process startWindow(Path images, Path labels) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), WindowSaverProcess.class.getName(),
                images.toString(), labels.toString(), home.resolve("settings.json").toString());
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        return builder.start();
    }

    private static void awaitFirstSave(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("child output").isEqualTo("saving");
    }
}
