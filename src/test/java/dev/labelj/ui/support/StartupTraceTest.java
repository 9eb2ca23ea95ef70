package dev.labelj.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The start-up trace: every milestone printed once, in order, in ms since the JVM started. */
class StartupTraceTest {
    private static final Pattern LINE = Pattern.compile("\\[timing\\] +(\\d+) ms  (.+)");

    @Test
    void milestonesArePrintedInTheOrderTheyWereMadeWithTheTimeSinceTheJvmStarted() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            StartupTrace.enable(true);
            for (int i = 1; i <= 5; i++) {
                StartupTrace.mark("step " + i);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (captured.toString(StandardCharsets.UTF_8).lines().count() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } finally {
            StartupTrace.enable(false);
            System.setErr(err);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        long upMillis = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();

        assertThat(lines).hasSize(5);
        long previous = 0;
        for (int i = 0; i < 5; i++) {
            Matcher matcher = LINE.matcher(lines.get(i));
            assertThat(matcher.matches()).as(lines.get(i)).isTrue();
            assertThat(matcher.group(2)).isEqualTo("step " + (i + 1));
            long millis = Long.parseLong(matcher.group(1));
            assertThat(millis).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(upMillis + 1);
            previous = millis;
        }
        assertThat(previous).as("this test runs well after the JVM started").isGreaterThan(0);
    }
}
