package dev.labelj.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.image.DecodedImage;
import dev.labelj.image.FitSize;
import dev.labelj.image.ImageCache.Detail;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The neighbours prefetched for one size of the view are made again when the view settles at another (the window
 * maximised after the start): the next image is then shown sharp and fitted at once (docs/adr/0186).
 */
class ImagePipelineTest {
    private static final int WIDTH = 2400;
    private static final int HEIGHT = 1800;
    @TempDir
    Path folder;
    private final List<Path> images = new ArrayList<>();
    private ImagePipeline pipeline;

    @BeforeEach
    void photos() throws Exception {
        for (int i = 0; i < 3; i++) {
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(40 * i, 120, 200));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.dispose();
            Path file = folder.resolve("photo_" + i + ".jpg");
            ImageIO.write(image, "jpg", file.toFile());
            images.add(file);
        }
        pipeline = new ImagePipeline(new BrowseListener() {
        });
    }

    @AfterEach
    void close() {
        pipeline.cache().close();
    }

    @Test
    void aNeighbourDecodedTooSmallForTheGrownViewIsDecodedAgainForIt() throws Exception {
        DecodedImage before = nextAfterShowingTheFirstAt(600, 450);
        assertThat(before.isSharpAt(FitSize.of(WIDTH, HEIGHT, 1000, 750))).as("the copy prefetched at first").isFalse();

        SwingUtilities.invokeAndWait(() -> pipeline.setViewSize(1000, 750));

        waitFor("the next image decoded for the grown view", () -> next().filter(d -> d != before)
                .filter(d -> d.isSharpAt(FitSize.of(WIDTH, HEIGHT, 1000, 750)) && d.isFittedFor(1000, 750))
                .isPresent());
        assertThat(before.isReleased()).as("the copy too small for the view, freed").isTrue();
    }

    @Test
    void aNeighbourStillSharpForTheNewViewIsFittedToIt() throws Exception {
        DecodedImage before = nextAfterShowingTheFirstAt(600, 450);
        assertThat(before.isSharpAt(FitSize.of(WIDTH, HEIGHT, 560, 420))).as("the copy prefetched at first").isTrue();

        SwingUtilities.invokeAndWait(() -> pipeline.setViewSize(560, 420));

        waitFor("the next image fitted to the smaller view", () -> before.isFittedFor(560, 420));
        assertThat(next()).as("the same copy, not decoded again").containsSame(before);
    }

    /** Shows the first image in a view of this size and waits for the next one's prefetched copy. */
    private DecodedImage nextAfterShowingTheFirstAt(int width, int height) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            pipeline.setViewSize(width, height);
            pipeline.show(images, 0, 1);
        });
        waitFor("the next image prefetched", () -> next().isPresent());
        DecodedImage next = next().orElseThrow();
        assertThat(next.isFittedFor(width, height)).isTrue();
        return next;
    }

    private Optional<DecodedImage> next() {
        return pipeline.cache().cached(images.get(1), Detail.PREVIEW);
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(end);
            Thread.sleep(10);
        }
    }
}
