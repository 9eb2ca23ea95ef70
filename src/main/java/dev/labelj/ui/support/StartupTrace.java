package dev.labelj.ui.support;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Prints timing milestones (ms since the JVM started) to stderr when {@code --trace-timing} or the
 * {@code labelj.traceTiming} property is on: start-up steps, scans, and every image painted, so the
 * benchmark can measure key-press-to-paint latency and start-to-first-image.
 */
public final class StartupTrace {
    private static volatile boolean enabled;
    private static final List<Consumer<String>> LISTENERS = new CopyOnWriteArrayList<>();

    private StartupTrace() {
    }

    public static void enable(boolean on) {
        enabled = on || Boolean.getBoolean("labelj.traceTiming");
    }

    public static boolean isEnabled() {
        return enabled;
    }

    /** Also hands each milestone to {@code listener} (in-process measurement); needs tracing enabled. */
    public static void addListener(Consumer<String> listener) {
        LISTENERS.add(listener);
    }

    public static void mark(String milestone) {
        if (enabled) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.printf("[timing] %6d ms  %s%n", sinceStart, milestone);
            LISTENERS.forEach(l -> l.accept(milestone));
        }
    }
}
