package dev.labelj.bench;

import dev.labelj.image.FitSize;
import dev.labelj.ui.App;
import dev.labelj.ui.session.LaunchOptions;
import dev.labelj.ui.support.StartupTrace;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;

/**
 * Key-press-to-painted latency in the real window: a real D key press through the X server (Robot)
 * until the image view has painted the next image with its 10 VOC boxes (read from a save dir) sharp at the fit zoom (a 1:1 fitted copy made
 * from at least one decoded pixel per view pixel), browsing at 2 images per second; then random
 * jumps to images that are not cached. Paints are seen through the app's own timing milestones
 * ({@code labelj.traceTiming}). Peak RSS is measured from after the inputs were generated.
 */
final class WindowBench {
    /** Which paint a measurement waits for: the first paint of an index, and its paint sharp at fit. */
    private static final class Probe {
        final int index;
        final int imageWidth;
        final long startNanos = System.nanoTime();
        volatile long firstPaintNanos;
        volatile long fullPaintNanos;
        volatile long keyNanos;
        volatile long shownNanos;
        volatile long decodedNanos;
        final CountDownLatch full = new CountDownLatch(1);

        Probe(int index, int imageWidth) {
            this.index = index;
            this.imageWidth = imageWidth;
        }
    }

    /** The image view's size in the 1600 x 1000 window, once measured (the decode rows use it). */
    static volatile java.awt.Dimension viewSize = new java.awt.Dimension(1400, 900);
    private static volatile Probe probe;
    private static App app;

    private WindowBench() {
    }

    /** VOC boxes each input image carries, in the save dir: a paint counts once they are drawn. */
    static final int BOXES = 10;

    static void run(Path folder, int count, Table table) throws Exception {
        Path saveDir = BenchInputs.vocAnnotations(folder, folder.resolveSibling(folder.getFileName() + "-voc"), BOXES);
        long baselineMb = resetPeakRss();
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
            LaunchOptions images = LaunchOptions.ofImages(folder).withSettingsFile(settings);
            app = App.start(new LaunchOptions(images.imagePath(), Optional.empty(), Optional.of(saveDir),
                    Optional.of("voc"), images.settingsFile(), false, false));
            app.window().setBounds(0, 0, 1600, 1000);
        });
        awaitFull(firstImage);
        SwingUtilities.invokeAndWait(() -> {
            app.window().toFront();
            app.canvas().requestFocusInWindow();
        });
        Robot robot = new Robot();
        Thread.sleep(1000);
        SwingUtilities.invokeAndWait(() -> viewSize = app.canvas().getSize());
        System.out.printf("image view: %d x %d%n", viewSize.width, viewSize.height);
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
            maxCacheBytes = Math.max(maxCacheBytes, app.session().pipeline().cache().bytesUsed());
        }
        table.add("D press to next image painted sharp with its 10 boxes, 2 images/s", browse, "91 ms / p95 118 ms");
        table.add("  of which: key press until the EDT handles the D key", keyToEdt, "");
        table.add("  of which: D key handled until the image is handed to the view", keyToShown, "");
        coldJumps(count, table);
        System.out.printf("peak RSS while browsing: %d MB (RSS before the window: %d MB, heap max %d MB);"
                + " image cache: bound %d MB, largest fill %d MB%n", peakRssMb(), baselineMb,
                Runtime.getRuntime().maxMemory() >> 20, app.session().pipeline().cache().maxBytes() >> 20, maxCacheBytes >> 20);
        SwingUtilities.invokeAndWait(() -> app.window().dispose());
    }

    private static void coldJumps(int count, Table table) throws Exception {
        Samples first = new Samples();
        Samples full = new Samples();
        Samples decoded = new Samples();
        Samples toPaint = new Samples();
        Random random = new Random(7);
        for (int jump = 0; jump < 15; jump++) {
            int current = app.session().index();
            int target;
            do {
                target = random.nextInt(count);
            } while (Math.abs(target - current) < 4);
            waitUntilIdle();
            Probe jumpProbe = new Probe(target, 4000);
            probe = jumpProbe;
            int destination = target;
            SwingUtilities.invokeLater(() -> app.session().request(destination));
            full.addNanos(awaitFull(jumpProbe) - jumpProbe.startNanos);
            first.addNanos(jumpProbe.firstPaintNanos - jumpProbe.startNanos);
            decoded.addNanos(jumpProbe.decodedNanos - jumpProbe.startNanos);
            toPaint.addNanos(jumpProbe.firstPaintNanos - jumpProbe.decodedNanos);
            Thread.sleep(300);
        }
        table.add("random jump (cold): first paint", first, "");
        table.add("random jump (cold): painted sharp at fit", full, "");
        table.add("  of which: jump until decoded (queue, read, decode, fitted copy)", decoded, "");
        table.add("  of which: decoded until painted (EDT handoff, copy, paint)", toPaint, "");
    }

    private static void onMilestone(String milestone) {
        Probe current = probe;
        if (current != null && milestone.equals("image decoded") && current.decodedNanos == 0) {
            current.decodedNanos = System.nanoTime();
        }
        if (current != null && milestone.equals("first image painted") && current.shownNanos == 0) {
            current.shownNanos = System.nanoTime();
        }
        if (current == null || !milestone.startsWith("image painted") || app == null) {
            return;
        }
        // a repaint of the old picture with the busy note is not the new image yet, nor is its picture
        // before the document holds its boxes
        if (app.session().index() != current.index || app.canvas().isBusy() || !boxesShown(current.index)) {
            return;
        }
        long now = System.nanoTime();
        if (current.firstPaintNanos == 0) {
            current.firstPaintNanos = now;
        }
        if (isSharpAtFit(current) && current.fullPaintNanos == 0) {
            current.fullPaintNanos = now;
            current.full.countDown();
        }
    }

    /** On the EDT (paints are): the document holds this image's boxes, which the canvas paints. */
    private static boolean boxesShown(int index) {
        var document = app.document();
        return document.hasImage() && document.current().imageFile().equals(app.session().images().get(index))
                && app.canvas().boxes().size() == BOXES;
    }

    /** The view paints a copy of exactly the fit size: a fitted copy is only made from a larger decode. */
    private static boolean isSharpAtFit(Probe current) {
        var view = app.canvas();
        FitSize fit = FitSize.of(current.imageWidth, 3 * current.imageWidth / 4, view.getWidth(), view.getHeight());
        return view.picture().getWidth() == fit.width() && view.picture().getHeight() == fit.height();
    }

    /**
     * Drops what generating the inputs left on the heap and resets the kernel's peak-RSS mark, so the
     * peak measured afterwards is the window's; returns the RSS in MB at that point.
     */
    private static long resetPeakRss() throws IOException {
        System.gc();
        Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        return statusMb("VmRSS:");
    }

    private static long awaitFull(Probe waiting) throws InterruptedException {
        probe = waiting;
        if (!waiting.full.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("image " + waiting.index + " was not painted within 20 s");
        }
        return waiting.fullPaintNanos;
    }

    private static void waitUntilIdle() throws InterruptedException {
        for (int i = 0; i < 500 && !app.session().pipeline().cache().isIdle(); i++) {
            Thread.sleep(10);
        }
    }

    private static long peakRssMb() throws IOException {
        return statusMb("VmHWM:");
    }

    private static long statusMb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
