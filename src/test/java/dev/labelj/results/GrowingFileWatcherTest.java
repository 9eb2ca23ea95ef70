package dev.labelj.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrowingFileWatcherTest {
    @Test
    void reportsAChangeSinceTheStampItWasGivenThenOnlyFurtherChanges(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("results.csv"), "epoch,metrics/mAP50(B)\n1,0.5\n");
        AtomicInteger changes = new AtomicInteger();
        try (GrowingFileWatcher watcher = new GrowingFileWatcher(file, SizeAndTime.of(file), changes::incrementAndGet,
                e -> { })) {
            assertThat(watcher.poll()).as("unchanged since it was read").isFalse();
            Files.writeString(file, "2,0.", StandardOpenOption.APPEND);
            assertThat(watcher.poll()).isTrue();
            assertThat(watcher.poll()).isFalse();
            Files.delete(file);
            assertThat(watcher.poll()).isTrue();
            assertThat(watcher.poll()).as("a missing file is reported once, not every poll").isFalse();
        }
        assertThat(changes).hasValue(2);
    }

    @Test
    void growthBetweenTheReadAndTheWatchersStartIsReportedByTheFirstPoll(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("results.csv"), "epoch,metrics/mAP50(B)\n1,0.5\n");
        SizeAndTime readAt = SizeAndTime.of(file);
        Files.writeString(file, "2,0.6\n", StandardOpenOption.APPEND);
        AtomicInteger changes = new AtomicInteger();
        try (GrowingFileWatcher watcher = new GrowingFileWatcher(file, readAt, changes::incrementAndGet, e -> { })) {
            assertThat(watcher.poll()).isTrue();
            assertThat(watcher.poll()).isFalse();
        }
        assertThat(changes).hasValue(1);
    }

    @Test
    void evolutionLogIsNamedAsSuch() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResultsCsv.parse("e", Path.of("evolve.csv"),
                        "   metrics/precision,      metrics/recall,     metrics/mAP_0.5,metrics/mAP_0.5:0.95,  lr0\n0.5,0.5,0.5,0.3,0.01\n",
                        RunMetadata.NONE))
                .isInstanceOf(ResultsReadException.class).hasMessageContaining("evolution");
    }

    @Test
    void aFailingReadIsReportedAndPollingGoesOn(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("results.csv"), "epoch,metrics/mAP50(B)\n1,0.5\n");
        AtomicInteger changes = new AtomicInteger();
        java.util.List<RuntimeException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable failOnce = () -> {
            if (changes.incrementAndGet() == 1) {
                throw new IllegalStateException("parser broke");
            }
        };
        try (GrowingFileWatcher watcher = new GrowingFileWatcher(file, SizeAndTime.MISSING, failOnce, failures::add)) {
            watcher.start(10);
            waitUntil(() -> changes.get() == 1 && failures.size() == 1);
            Files.writeString(file, "2,0.6\n", StandardOpenOption.APPEND);
            waitUntil(() -> changes.get() == 2);
        }
        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("parser broke");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
