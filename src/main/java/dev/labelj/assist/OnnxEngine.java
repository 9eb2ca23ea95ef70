package dev.labelj.assist;

import ai.onnxruntime.OrtEnvironment;
import java.util.Optional;

/**
 * ONNX Runtime's environment, loaded once. Where ONNX Runtime has no native library for the platform the load
 * fails once, is remembered, and {@link #problem()} says so in one sentence; nothing else of LabelJ needs it.
 */
public final class OnnxEngine {
    private static final Object LOCK = new Object();
    private static OrtEnvironment environment;
    private static String failure;

    private OnnxEngine() {
    }

    /** Empty when models can run here; else why not, for the menu or the command line. */
    public static Optional<String> problem() {
        synchronized (LOCK) {
            load();
            return Optional.ofNullable(failure);
        }
    }

    static OrtEnvironment environment() throws IllegalStateException {
        synchronized (LOCK) {
            load();
            if (environment == null) {
                throw new IllegalStateException(failure);
            }
            return environment;
        }
    }

    /** The innermost message: an initialiser's error wraps the loader's, which says what is missing. */
    private static String reason(Throwable e) {
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        String message = inner.getMessage();
        return message == null || message.isBlank() ? "its native library did not load" : message;
    }

    private static void load() {
        if (environment != null || failure != null) {
            return;
        }
        try {
            environment = OrtEnvironment.getEnvironment();
        } catch (LinkageError | RuntimeException e) {
            // UnsatisfiedLinkError, or an initialiser failing because of it: no native library for this platform
            failure = "ONNX Runtime cannot run on this platform (" + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + "): " + reason(e);
        }
    }
}
