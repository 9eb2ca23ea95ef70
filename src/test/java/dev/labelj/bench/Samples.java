package dev.labelj.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings of one benchmark row, in milliseconds. */
final class Samples {
    private final List<Double> millis = new ArrayList<>();

    void addNanos(long nanos) {
        millis.add(nanos / 1e6);
    }

    void addMillis(double value) {
        millis.add(value);
    }

    int count() {
        return millis.size();
    }

    double median() {
        return percentile(50);
    }

    /** Nearest-rank percentile. */
    double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** Times {@code runs} calls after {@code warmups} untimed ones. */
    static Samples time(int warmups, int runs, ThrowingRunnable body) throws Exception {
        for (int i = 0; i < warmups; i++) {
            body.run();
        }
        Samples samples = new Samples();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            body.run();
            samples.addNanos(System.nanoTime() - start);
        }
        return samples;
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
