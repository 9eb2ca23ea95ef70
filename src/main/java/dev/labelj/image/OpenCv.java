package dev.labelj.image;

import java.util.concurrent.CompletableFuture;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.opencv_java;

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

    private static synchronized void startOnce(boolean background) {
        if (started) {
            return;
        }
        started = true;
        Runnable load = () -> {
            try {
                Loader.load(opencv_java.class);
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
