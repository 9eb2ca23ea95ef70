package dev.labelj.bench;

import dev.labelj.ui.App;
import dev.labelj.ui.LaunchOptions;
import dev.labelj.ui.support.StartupTrace;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;

/**
 * Key-press-to-painted latency in the real window: a real D key press through the X server (Robot)
 * until the image view has painted the next image at full resolution, browsing at 2 images per
 * second; then random jumps to images that are not cached. Paints are seen through the app's own
 * timing milestones ({@code labelj.traceTiming}).
 */
final class WindowBench {
    /** Which paint a measurement waits for: the first paint of an index, and its full-resolution paint. */
    private static final class Probe {
        final int index;
        final int fullWidth;
        final long startNanos = System.nanoTime();
        volatile long firstPaintNanos;
        volatile long fullPaintNanos;
        volatile long keyNanos;
        volatile long shownNanos;
        final CountDownLatch full = new CountDownLatch(1);

        Probe(int index, int fullWidth) {
            this.index = index;
            this.fullWidth = fullWidth;
        }
    }

    private static volatile Probe probe;
    private static App app;

    private WindowBench() {
    }

    static void run(Path folder, int count, Table table) throws Exception {
        StartupTrace.enable(true);
        StartupTrace.addListener(WindowBench::onMilestone);
        java.awt.Toolkit.getDefaultToolkit().addAWTEventListener(e -> {
            Probe current = probe;
            if (current != null && e.getID() == KeyEvent.KEY_PRESSED && current.keyNanos == 0) {
                current.keyNanos = System.nanoTime();
            }
        }, java.awt.AWTEvent.KEY_EVENT_MASK);
        Probe firstImage = new Probe(0, 4000);
        probe = firstImage;
        // Its own settings file: a benchmark must neither read nor overwrite the user's settings.
        Path settings = Files.createTempDirectory("labelj-bench").resolve("settings.json");
        SwingUtilities.invokeAndWait(() -> {
            app = App.start(LaunchOptions.ofImages(folder).withSettingsFile(settings));
            app.window().setBounds(0, 0, 1600, 1000);
        });
        awaitFull(firstImage);
        SwingUtilities.invokeAndWait(() -> {
            app.window().toFront();
            app.window().imageView().requestFocusInWindow();
        });
        Robot robot = new Robot();
        Thread.sleep(1000);
        Samples browse = new Samples();
        Samples keyToEdt = new Samples();
        Samples keyToShown = new Samples();
        long maxCacheBytes = 0;
        for (int i = 1; i < Math.min(count, 41); i++) {
            Thread.sleep(500);
            probe = new Probe(i, 4000);
            robot.keyPress(KeyEvent.VK_D);
            robot.keyRelease(KeyEvent.VK_D);
            browse.addNanos(awaitFull(probe) - probe.startNanos);
            keyToEdt.addNanos(probe.keyNanos - probe.startNanos);
            keyToShown.addNanos(probe.shownNanos - probe.keyNanos);
            maxCacheBytes = Math.max(maxCacheBytes, app.browser().cache().bytesUsed());
        }
        table.add("D press to next image painted, 2 images/s (prefetch warm)", browse, "91 ms / p95 118 ms");
        table.add("  of which: key press until the EDT handles the D key", keyToEdt, "");
        table.add("  of which: D key handled until the image is handed to the view", keyToShown, "");
        coldJumps(count, table);
        System.out.printf("peak RSS while browsing: %d MB; image cache: bound %d MB, largest fill %d MB%n",
                peakRssMb(), app.browser().cache().maxBytes() >> 20, maxCacheBytes >> 20);
        SwingUtilities.invokeAndWait(() -> app.window().dispose());
    }

    private static void coldJumps(int count, Table table) throws Exception {
        Samples first = new Samples();
        Samples full = new Samples();
        Random random = new Random(7);
        for (int jump = 0; jump < 15; jump++) {
            int current = app.browser().index();
            int target;
            do {
                target = random.nextInt(count);
            } while (Math.abs(target - current) < 4);
            waitUntilIdle();
            Probe jumpProbe = new Probe(target, 4000);
            probe = jumpProbe;
            int destination = target;
            SwingUtilities.invokeLater(() -> app.browser().goTo(destination));
            full.addNanos(awaitFull(jumpProbe) - jumpProbe.startNanos);
            first.addNanos(jumpProbe.firstPaintNanos - jumpProbe.startNanos);
            Thread.sleep(300);
        }
        table.add("random jump (cold): first paint, reduced copy sharp at fit", first, "");
        table.add("random jump (cold): full resolution painted", full, "");
    }

    private static void onMilestone(String milestone) {
        Probe current = probe;
        if (current != null && milestone.equals("first image painted") && current.shownNanos == 0) {
            current.shownNanos = System.nanoTime();
        }
        if (current == null || !milestone.startsWith("image painted") || app == null) {
            return;
        }
        // a repaint of the old picture with the busy note is not the new image yet
        if (app.browser().index() != current.index || app.window().imageView().isBusy()) {
            return;
        }
        long now = System.nanoTime();
        if (current.firstPaintNanos == 0) {
            current.firstPaintNanos = now;
        }
        if (app.window().imageView().image().getWidth() == current.fullWidth && current.fullPaintNanos == 0) {
            current.fullPaintNanos = now;
            current.full.countDown();
        }
    }

    private static long awaitFull(Probe waiting) throws InterruptedException {
        probe = waiting;
        if (!waiting.full.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("image " + waiting.index + " was not painted within 20 s");
        }
        return waiting.fullPaintNanos;
    }

    private static void waitUntilIdle() throws InterruptedException {
        for (int i = 0; i < 500 && !app.browser().cache().isIdle(); i++) {
            Thread.sleep(10);
        }
    }

    private static long peakRssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
