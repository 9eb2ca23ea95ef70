package dev.labelj.ui.support;

import java.lang.management.ManagementFactory;

/** Prints start-up milestones (ms since the JVM started) to stderr when {@code --trace-timing} is on. */
public final class StartupTrace {
    private static volatile boolean enabled;

    private StartupTrace() {
    }

    public static void enable(boolean on) {
        enabled = on || Boolean.getBoolean("labelj.traceTiming");
    }

    public static void mark(String milestone) {
        if (enabled) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.printf("[timing] %6d ms  %s%n", sinceStart, milestone);
        }
    }
}
