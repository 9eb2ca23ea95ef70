package dev.labelj.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

class NativePixelsTest {
    @Test
    void aReleaseWaitsForReadersAndLaterReadsFindNothing() throws Exception {
        OpenCv.ready();
        NativePixels pixels = new NativePixels(new Mat(300, 400, CvType.CV_8UC3, new Scalar(10, 20, 200)));
        assertThat(pixels.bytes()).isEqualTo(400L * 300 * 3);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        // Each reader signals after its first whole read and then keeps reading until a read finds nothing,
        // so the release always lands while readers are busy, however fast the machine is.
        CountDownLatch everyoneRead = new CountDownLatch(4);
        try {
            List<Future<List<Optional<BufferedImage>>>> results = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                results.add(readers.submit(() -> {
                    List<Optional<BufferedImage>> copies = new ArrayList<>();
                    for (int i = 0; i < 1_000_000; i++) {
                        Optional<BufferedImage> copy =
                                pixels.read(mat -> heapCopy(MatImages.fittedCopy(mat, new FitSize(40, 30))));
                        copies.add(copy);
                        if (i == 0) {
                            everyoneRead.countDown();
                        }
                        if (copy.isEmpty()) {
                            break;
                        }
                    }
                    return copies;
                }));
            }
            assertThat(everyoneRead.await(10, TimeUnit.SECONDS)).isTrue();
            pixels.release();
            for (var result : results) {
                List<Optional<BufferedImage>> copies = result.get(20, TimeUnit.SECONDS);
                assertThat(copies.get(0)).as("read before the release").isPresent();
                assertThat(copies.get(copies.size() - 1)).as("a read after the release finds nothing").isEmpty();
                for (Optional<BufferedImage> copy : copies) {
                    copy.ifPresent(image -> assertThat(image.getRGB(5, 5) & 0xFFFFFF)
                            .as("read whole, never freed memory").isEqualTo(0xC8140A));
                }
            }
        } finally {
            readers.shutdownNow();
        }
        assertThat(pixels.isReleased()).isTrue();
        assertThat(pixels.read(Mat::cols)).isEmpty();
        pixels.release();
    }

    private static BufferedImage heapCopy(FittedPixels fitted) {
        try {
            return fitted.toBufferedImage();
        } finally {
            fitted.release();
        }
    }

    @Test
    void aFittedCopyIsCopiedIntoAViewsImageUntilFreed() {
        OpenCv.ready();
        Mat source = new Mat(300, 400, CvType.CV_8UC3, new Scalar(200, 100, 50));
        FittedPixels fitted = MatImages.fittedCopy(source, new FitSize(100, 75));
        source.release();
        assertThat(fitted.bytes()).isEqualTo(100L * 75 * 4);
        BufferedImage target = new BufferedImage(100, 75, BufferedImage.TYPE_INT_RGB);
        assertThat(fitted.copyInto(target)).isTrue();
        assertThat(target.getRGB(99, 74) & 0xFFFFFF).as("BGR 200,100,50 is RGB 0x3264C8").isEqualTo(0x3264C8);
        fitted.release();
        target.setRGB(0, 0, 0x123456);
        assertThat(fitted.copyInto(target)).as("nothing read once freed").isFalse();
        assertThat(target.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x123456);
        assertThat(fitted.toBufferedImage()).isNull();
        assertThatThrownBy(() -> fitted.copyInto(new BufferedImage(99, 75, BufferedImage.TYPE_INT_RGB)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
