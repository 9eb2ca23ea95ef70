package dev.labelj.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background folder run: order, skips, failures, cancel at the next image, decode on its own thread. */
class FolderRunTest {
    @TempDir
    Path dir;

    /** Records what the run hands over, and on which thread. */
    private static final class Recording implements FolderRun.Sink {
        final List<Path> accepted = Collections.synchronizedList(new ArrayList<>());
        final List<String> failed = Collections.synchronizedList(new ArrayList<>());
        final List<String> wantThreads = Collections.synchronizedList(new ArrayList<>());
        final List<String> acceptThreads = Collections.synchronizedList(new ArrayList<>());
        final Path skip;

        Recording(Path skip) {
            this.skip = skip;
        }

        @Override
        public boolean wants(Path image) {
            wantThreads.add(Thread.currentThread().getName());
            return !image.equals(skip);
        }

        @Override
        public void accept(ImagePrediction prediction) {
            acceptThreads.add(Thread.currentThread().getName());
            accepted.add(prediction.image());
        }

        @Override
        public void failed(Path image, String message) {
            failed.add(message);
        }
    }

    private List<Path> images(int count) {
        List<Path> images = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            images.add(TestModels.red(dir.resolve("img" + i + ".png")));
        }
        return images;
    }

    private static FolderRun run(Detector detector) {
        return new FolderRun(detector, PredictOptions.DEFAULT,
                ClassMapping.match(detector.info().names(), List.of(), Map.of()));
    }

    @Test
    void predictsInOrderSkipsWhatTheSinkDoesNotWantAndNamesBrokenImages() throws Exception {
        List<Path> images = new ArrayList<>(images(4));
        Path broken = Files.write(dir.resolve("broken.png"), new byte[] {1, 2, 3});
        images.add(2, broken);
        Recording sink = new Recording(images.get(1));
        List<Integer> progress = new ArrayList<>();
        try (Detector detector = Detector.open(TestModels.model("yolov8"), 1)) {
            FolderRun.Outcome outcome = run(detector).run(images, sink, (done, total, image) -> progress.add(done),
                    () -> false);
            assertThat(outcome).isEqualTo(new FolderRun.Outcome(5, 5, false));
        }
        assertThat(sink.accepted).containsExactly(images.get(0), images.get(3), images.get(4));
        assertThat(sink.failed).singleElement().asString().startsWith(broken.toString());
        assertThat(progress).containsExactly(1, 2, 3, 4, 5);
        // decoding (and the sink's question) on the decode thread; predictions handed over on the caller's
        assertThat(sink.wantThreads).containsOnly("labelj-predict-decode");
        assertThat(sink.acceptThreads).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void cancelStopsAtTheNextImageAndTheImageInHandIsFinished() throws Exception {
        List<Path> images = images(6);
        Recording sink = new Recording(null);
        AtomicInteger done = new AtomicInteger();
        try (Detector detector = Detector.open(TestModels.model("yolov8"), 1)) {
            FolderRun.Outcome outcome = run(detector).run(images, sink, (d, total, image) -> done.set(d),
                    () -> done.get() >= 2);
            assertThat(outcome).isEqualTo(new FolderRun.Outcome(2, 6, true));
        }
        assertThat(sink.accepted).containsExactly(images.get(0), images.get(1));
    }
}
