package dev.labelj.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live reload reads a run again when its file changed since it was read, and only then. */
class RunSetTest {
    private final List<List<LoadedRun>> reports = new CopyOnWriteArrayList<>();
    private final RunSet.Listener listener = new RunSet.Listener() {
        @Override
        public void runsChanged(List<LoadedRun> runs) {
            reports.add(runs);
        }

        @Override
        public void loadFailed(Path input, String message) {
            throw new AssertionError(message);
        }
    };

    @Test
    void anUnchangedRunIsNotReadAgainAndAGrownOneIs(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("results.csv"), "epoch,metrics/mAP50(B)\n1,0.5\n2,0.6\n");
        RunSet runs = new RunSet(listener);
        try {
            javax.swing.SwingUtilities.invokeAndWait(() -> runs.open(List.of(file), false));
            waitUntil(() -> reports.size() == 1);
            // a re-read of an unchanged file redraws every chart and puts "loaded" over whatever the
            // status bar said (an export's "Saved"): three polls pass without one
            Thread.sleep(3 * RunSet.POLL_MILLIS + 200);
            assertThat(reports).as("reports of an unchanged run").hasSize(1);

            Files.writeString(file, "3,0.7\n", StandardOpenOption.APPEND);
            waitUntil(() -> reports.size() == 2);
            assertThat(reports.get(1)).singleElement().satisfies(run -> {
                assertThat(run.run().rows()).isEqualTo(3);
                assertThat(run.running()).as("it grew while watched").isTrue();
            });
            Thread.sleep(2 * RunSet.POLL_MILLIS + 200);
            assertThat(reports).as("reports after one growth").hasSize(2);
        } finally {
            runs.close();
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
