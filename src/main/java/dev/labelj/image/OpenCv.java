package dev.labelj.image;

import java.util.concurrent.CompletableFuture;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.opencv_java;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * Loads the OpenCV natives once. Start-up begins loading on a background thread while the window is
 * being built; decoders wait for it with {@link #ready()}.
 */
public final class OpenCv {
    private static final CompletableFuture<Void> LOADED = new CompletableFuture<>();
    private static volatile boolean started;

    private OpenCv() {
    }

    /** Starts loading in the background (idempotent). */
    public static void loadInBackground() {
        startOnce(true);
    }

    /** Blocks until the natives are loaded; throws if they cannot be. */
    public static void ready() {
        startOnce(false);
        LOADED.join();
    }

    /** The first JPEG encode/decode initialises codec tables: pay that here, not on the first image. */
    private static void warmUpCodecs() {
        Mat pixels = Mat.zeros(16, 16, CvType.CV_8UC3);
        MatOfByte jpeg = new MatOfByte();
        Imgcodecs.imencode(".jpg", pixels, jpeg);
        Mat decoded = Imgcodecs.imdecode(jpeg, Imgcodecs.IMREAD_REDUCED_COLOR_2);
        Mat small = new Mat();
        Imgproc.resize(pixels, small, new Size(8, 8), 0, 0, Imgproc.INTER_AREA);
        for (Mat mat : new Mat[] {pixels, jpeg, decoded, small}) {
            mat.release();
        }
    }

    private static synchronized void startOnce(boolean background) {
        if (started) {
            return;
        }
        started = true;
        Runnable load = () -> {
            try {
                if (!CachedNatives.load()) {
                    Loader.load(opencv_java.class);
                }
                warmUpCodecs();
                LOADED.complete(null);
            } catch (Throwable e) {
                LOADED.completeExceptionally(e);
            }
        };
        if (background) {
            Thread thread = new Thread(load, "opencv-loader");
            thread.setDaemon(true);
            thread.start();
        } else {
            load.run();
        }
    }
}
