package dev.labelj.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCacheTest {
    /** Each test image is 200 x 100 gray: 20,000 bytes of pixels. */
    private static final long IMAGE_BYTES = 200 * 100;

    @TempDir
    Path temp;
    private final List<Path> decoded = Collections.synchronizedList(new ArrayList<>());
    private ImageCache cache;

    @AfterEach
    void close() {
        if (cache != null) {
            cache.close();
        }
    }

    private List<Path> images(int count) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(TestJpegs.uniformGray(temp.resolve("img" + i + ".jpg"), 200, 100));
        }
        return files;
    }

    private ImageCache.Decoder realDecoder(CountDownLatch gate, Path gated) {
        return (file, detail) -> {
            if (file.equals(gated)) {
                awaitQuietly(gate);
            }
            decoded.add(file);
            return ImageLoader.load(file);
        };
    }

    private static void awaitQuietly(CountDownLatch gate) {
        try {
            gate.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void staysWithinItsByteBoundKeepingTheMostRecentlyUsed() throws Exception {
        List<Path> files = images(5);
        cache = new ImageCache(3 * IMAGE_BYTES + IMAGE_BYTES / 2, realDecoder(new CountDownLatch(0), null));
        for (Path file : files) {
            assertThat(cache.request(file, ImageCache.Detail.FULL).get(10, TimeUnit.SECONDS).pixelBytes())
                    .isEqualTo(IMAGE_BYTES);
            assertThat(cache.bytesUsed()).isLessThanOrEqualTo(cache.maxBytes());
        }
        assertThat(cache.bytesUsed()).isEqualTo(3 * IMAGE_BYTES);
        assertThat(cache.cached(files.get(0), ImageCache.Detail.PREVIEW)).isEmpty();
        assertThat(cache.cached(files.get(1), ImageCache.Detail.PREVIEW)).isEmpty();
        assertThat(cache.cached(files.get(4), ImageCache.Detail.FULL)).isPresent();

        cache.request(files.get(2), ImageCache.Detail.FULL).get(10, TimeUnit.SECONDS);
        cache.request(files.get(0), ImageCache.Detail.FULL).get(10, TimeUnit.SECONDS);
        assertThat(cache.cached(files.get(2), ImageCache.Detail.FULL)).as("recently used survives").isPresent();
        assertThat(cache.cached(files.get(3), ImageCache.Detail.FULL)).as("least recently used goes").isEmpty();
        assertThat(decoded).hasSize(6);
    }

    @Test
    void countsNativePixelsAgainstItsBoundAndFreesThemOnEviction() throws Exception {
        List<Path> files = images(3);
        FitSize fit = FitSize.of(200, 100, 100, 50);
        // decoded at 1/2 (100 x 50, still sharp at the 100 x 50 fit), kept natively; fitted copy 4 bytes/px
        long perImage = IMAGE_BYTES / 4 + 4L * fit.width() * fit.height();
        cache = new ImageCache(2 * perImage + perImage / 2, (file, detail) -> ImageLoader.loadToFit(file, 100, 50));
        List<DecodedImage> images = new ArrayList<>();
        for (Path file : files) {
            DecodedImage image = cache.request(file, ImageCache.Detail.FULL).get(10, TimeUnit.SECONDS);
            assertThat(image.isNative()).isTrue();
            assertThat(image.pixelBytes()).as("native display copy + heap fitted copy").isEqualTo(perImage);
            images.add(image);
        }
        assertThat(cache.bytesUsed()).isEqualTo(2 * perImage);
        assertThat(images.get(0).isReleased()).as("evicted: native pixels freed at once").isTrue();
        assertThat(images.get(0).fitted()).as("its fitted copy is freed too").isNull();
        assertThat(images.get(0).refit(60, 40)).as("nothing to re-fit from once freed").isFalse();
        assertThatThrownBy(() -> images.get(0).image()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("img0.jpg");
        assertThat(images.get(2).isReleased()).isFalse();
        assertThat(images.get(2).fitted().getWidth()).isEqualTo(fit.width());
        assertThat(images.get(2).image().getWidth()).isEqualTo(100);
        assertThat(images.get(2).width()).isEqualTo(200);

        cache.evict(files.get(2));
        assertThat(images.get(2).isReleased()).isTrue();
        cache.clear();
        assertThat(images.get(1).isReleased()).isTrue();
        assertThat(cache.bytesUsed()).isZero();
    }

    @Test
    void makesRoomForTheImagesItMustKeepWhenTheyOutgrowItsBound() throws Exception {
        List<Path> files = images(5);
        cache = new ImageCache(IMAGE_BYTES + IMAGE_BYTES / 2, 3, realDecoder(new CountDownLatch(0), null));
        for (Path file : files) {
            cache.request(file, ImageCache.Detail.FULL).get(10, TimeUnit.SECONDS);
        }

        assertThat(cache.bytesUsed()).isEqualTo(3 * IMAGE_BYTES);
        assertThat(cache.cached(files.get(1), ImageCache.Detail.FULL)).isEmpty();
        for (Path kept : files.subList(2, 5)) {
            assertThat(cache.cached(kept, ImageCache.Detail.FULL)).isPresent();
        }
    }

    @Test
    void anImageLargerThanTheWholeBoundIsReturnedButNotKept() throws Exception {
        Path file = images(1).get(0);
        cache = new ImageCache(IMAGE_BYTES - 1, realDecoder(new CountDownLatch(0), null));
        assertThat(cache.request(file, ImageCache.Detail.FULL).get(10, TimeUnit.SECONDS).width()).isEqualTo(200);
        assertThat(cache.bytesUsed()).isZero();
    }

    @Test
    void aJumpCancelsTheStaleRequestAndPrefetchesThatWereStillQueued() throws Exception {
        List<Path> files = images(6);
        CountDownLatch gate = new CountDownLatch(1);
        cache = new ImageCache(100 * IMAGE_BYTES, realDecoder(gate, files.get(0)), false);
        var first = cache.request(files.get(0), ImageCache.Detail.FULL);
        waitUntilRunning(files.get(0));
        cache.prefetch(List.of(files.get(1), files.get(2)));
        var stale = cache.request(files.get(3), ImageCache.Detail.FULL);
        assertThat(cache.queued()).containsExactly(files.get(3), files.get(1), files.get(2));

        // the user jumps far away: the old request and the old neighbours are no longer wanted
        var wanted = cache.request(files.get(5), ImageCache.Detail.FULL);
        cache.prefetch(List.of(files.get(4)));
        assertThat(stale).isCancelled();
        assertThat(cache.queued()).containsExactly(files.get(5), files.get(4));
        gate.countDown();

        assertThat(wanted.get(10, TimeUnit.SECONDS).file()).isEqualTo(files.get(5));
        assertThat(first.get(10, TimeUnit.SECONDS).file()).as("the running decode is finished").isEqualTo(files.get(0));
        waitUntilIdle();
        assertThat(decoded).containsExactly(files.get(0), files.get(5), files.get(4));
        assertThatThrownBy(() -> stale.get()).isInstanceOf(CancellationException.class);
    }

    @Test
    void aRequestDoesNotWaitBehindAPrefetchThatIsDecoding() throws Exception {
        List<Path> files = images(3);
        CountDownLatch gate = new CountDownLatch(1);
        cache = new ImageCache(100 * IMAGE_BYTES, realDecoder(gate, files.get(0)));
        cache.prefetch(List.of(files.get(0), files.get(1)));
        waitUntilRunning(files.get(0));
        assertThat(cache.queued()).as("one prefetch at a time").containsExactly(files.get(1));
        var wanted = cache.request(files.get(2), ImageCache.Detail.FULL);
        assertThat(wanted.get(10, TimeUnit.SECONDS).file()).isEqualTo(files.get(2));
        assertThat(decoded).as("the prefetch is still blocked").doesNotContain(files.get(0));
        gate.countDown();
        waitUntilIdle();
        assertThat(decoded).containsExactly(files.get(2), files.get(0), files.get(1));
    }

    @Test
    void prefetchedImagesAreServedFromTheCacheWithoutDecodingAgain() throws Exception {
        List<Path> files = images(3);
        cache = new ImageCache(100 * IMAGE_BYTES, realDecoder(new CountDownLatch(0), null));
        cache.prefetch(files);
        waitUntilIdle();
        for (Path file : files) {
            assertThat(cache.request(file, ImageCache.Detail.PREVIEW)).isCompleted();
        }
        assertThat(decoded).containsExactlyElementsOf(files);
    }

    @Test
    void aBrokenFileFailsItsRequestWithTheTypedErrorAndTheNextStillWorks() throws Exception {
        Path good = images(1).get(0);
        Path broken = Files.writeString(temp.resolve("broken.jpg"), "nope");
        cache = new ImageCache(100 * IMAGE_BYTES, realDecoder(new CountDownLatch(0), null));
        assertThatThrownBy(() -> cache.request(broken, ImageCache.Detail.FULL).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ImageLoadException.class)
                .hasMessageContaining("broken.jpg");
        assertThat(cache.request(good, ImageCache.Detail.FULL).get(10, TimeUnit.SECONDS).height()).isEqualTo(100);
    }

    private void waitUntilRunning(Path file) throws InterruptedException {
        for (int i = 0; i < 500 && cache.queued().contains(file); i++) {
            Thread.sleep(10);
        }
        assertThat(cache.queued()).doesNotContain(file);
    }

    private void waitUntilIdle() throws Exception {
        // a no-op request for a cached file completes at once; poll the queue until it drains
        for (int i = 0; i < 500 && !cache.queued().isEmpty(); i++) {
            Thread.sleep(10);
        }
        Thread.sleep(50);
        assertThat(cache.queued()).isEmpty();
    }
}
