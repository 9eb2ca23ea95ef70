package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.assist.TestModels;
import dev.labelj.io.AnnotationLocator;
import dev.labelj.io.AnnotationStore;
import dev.labelj.io.FormatOptions;
import dev.labelj.io.Formats;
import dev.labelj.io.ReviewMarksStore;
import dev.labelj.model.ImageSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code labelj predict} killed with SIGKILL in the middle of a folder leaves only whole files, and running it
 * again finishes the folder. A real process, as a user's kill -9 or a job scheduler's timeout hits it.
 */
class PredictKillTest {
    private static final int IMAGES = 300;

    @TempDir
    Path dir;

    @Test
    void aKilledRunLeavesWholeFilesAndARerunFinishes() throws Exception {
        Path imgs = Files.createDirectories(dir.resolve("imgs"));
        Path first = TestModels.red(imgs.resolve("img0.png"));
        for (int i = 1; i < IMAGES; i++) {
            Files.createLink(imgs.resolve("img" + i + ".png"), first);
        }
        Process run = predict(imgs);
        waitForAnnotations(imgs, 5);
        run.destroyForcibly();
        run.waitFor(30, TimeUnit.SECONDS);

        List<Path> written = annotations(imgs);
        assertThat(written.size()).isLessThan(IMAGES);
        AnnotationStore store = new AnnotationStore(AnnotationLocator.nextToImages(imgs), Formats.VOC,
                FormatOptions.DEFAULT);
        ReviewMarksStore marks = new ReviewMarksStore(store);
        for (Path xml : written) {
            Path image = imgs.resolve(xml.getFileName().toString().replace(".xml", ".png"));
            // a half-written file would fail to read; every box of it must be a proposal with its mark
            var boxes = store.read(image, new ImageSize(640, 480, 3)).orElseThrow().read().annotation().boxes();
            assertThat(boxes).hasSize(4);
            assertThat(boxes).allMatch(marks.read(image)::isUnreviewed);
        }

        Process rerun = predict(imgs);
        assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(rerun.exitValue()).isZero();
        assertThat(annotations(imgs)).hasSize(IMAGES);
    }

    private Process predict(Path imgs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "predict",
                TestModels.model("yolov8").toString(), imgs.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
    }

    private static void waitForAnnotations(Path imgs, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (annotations(imgs).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static List<Path> annotations(Path imgs) throws Exception {
        try (Stream<Path> files = Files.list(imgs)) {
            return files.filter(f -> f.toString().endsWith(".xml")).toList();
        }
    }
}
