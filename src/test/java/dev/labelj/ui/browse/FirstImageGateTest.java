package dev.labelj.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** Work held back until the first image has been on the screen a moment, then run in order, once. */
class FirstImageGateTest {
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @Test
    void workWaitsForTheFirstImageThenRunsInOrderAndLaterWorkRunsAtOnce() throws Exception {
        FirstImageGate gate = new FirstImageGate();
        SwingUtilities.invokeAndWait(() -> {
            gate.whenOpen(() -> ran.add("count"));
            gate.whenOpen(() -> ran.add("icons"));
        });
        Thread.sleep(FirstImageGate.DELAY_MS * 2L);
        assertThat(ran).as("nothing before the first image").isEmpty();

        long shown = System.nanoTime();
        SwingUtilities.invokeAndWait(() -> gate.imageFailed(0, Path.of("a.jpg"), "broken"));
        waitUntil(() -> ran.size() == 2);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - shown)).as("a moment after the image")
                .isGreaterThanOrEqualTo(FirstImageGate.DELAY_MS);
        assertThat(ran).containsExactly("count", "icons");

        SwingUtilities.invokeAndWait(() -> {
            gate.imageShown(1, null);
            gate.whenOpen(() -> ran.add("later"));
        });
        assertThat(ran).as("open: at once").containsExactly("count", "icons", "later");
        Thread.sleep(FirstImageGate.DELAY_MS * 2L);
        assertThat(ran).as("each piece of work once").hasSize(3);
    }

    private static void waitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }
}
