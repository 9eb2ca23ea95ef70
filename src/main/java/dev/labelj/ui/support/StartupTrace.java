package dev.labelj.ui.support;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Prints timing milestones (ms since the JVM started) to stderr when {@code --trace-timing} or the
 * {@code labelj.traceTiming} property is on: start-up steps, scans, and every image painted, so the
 * benchmark can measure key-press-to-paint latency and start-to-first-image.
 *
 * <p>When the JVM started is asked on a thread of its own: the answer loads the management library, 30-45 ms
 * that would otherwise land on the first milestone and shift every later one. Milestones made before it is known
 * are printed, in order, as soon as it is.
 */
public final class StartupTrace {
    private static final List<Consumer<String>> LISTENERS = new CopyOnWriteArrayList<>();
    private static final Object PRINT = new Object();
    /** Milestones made before the JVM's start time was known, with when they were made. */
    private static final List<Mark> WAITING = new ArrayList<>();
    private static volatile boolean enabled;
    private static boolean clockStarted;
    /** When the JVM started (ms since the epoch); negative until known. Guarded by {@link #PRINT}. */
    private static long jvmStart = -1;

    private record Mark(long atMillis, String milestone) {
    }

    private StartupTrace() {
    }

    public static void enable(boolean on) {
        enabled = on || Boolean.getBoolean("labelj.traceTiming");
        if (enabled) {
            startClock();
        }
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
            Mark mark = new Mark(System.currentTimeMillis(), milestone);
            synchronized (PRINT) {
                if (jvmStart < 0) {
                    WAITING.add(mark);
                } else {
                    print(mark);
                }
            }
            LISTENERS.forEach(l -> l.accept(milestone));
        }
    }

    private static synchronized void startClock() {
        if (clockStarted) {
            return;
        }
        clockStarted = true;
        Thread clock = new Thread(() -> {
            long start = ManagementFactory.getRuntimeMXBean().getStartTime();
            synchronized (PRINT) {
                jvmStart = start;
                WAITING.forEach(StartupTrace::print);
                WAITING.clear();
            }
        }, "startup-trace");
        clock.setDaemon(true);
        clock.start();
    }

    private static void print(Mark mark) {
        System.err.printf("[timing] %6d ms  %s%n", mark.atMillis() - jvmStart, mark.milestone());
    }
}
