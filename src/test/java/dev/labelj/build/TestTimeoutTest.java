package dev.labelj.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.labelj.support.GuiTest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** A hung test fails by itself, naming the test, with the suite's own timeout settings. */
class TestTimeoutTest {
    @Test
    @Timeout(60)
    void aTestThatNeverReturnsFailsAtTheTimeoutNamingItself() {
        Instant start = Instant.now();
        // the suite's settings (junit-platform.properties), with the limit shortened for this probe only
        Events tests = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.timeout.default", "2 s")
                .selectors(selectClass(Hangs.class))
                .execute()
                .testEvents();
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
        assertThat(tests.failed().count()).isEqualTo(1);
        Throwable cause = tests.failed().list().get(0).getPayload(
                org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        assertThat(cause).isInstanceOf(TimeoutException.class).hasMessageContaining("waitsForever");
    }

    @Test
    void theSuiteHasALimitPerTestShorterThanCiGivesTheWholeBuild() throws Exception {
        Properties suite = new Properties();
        try (InputStream in = TestTimeoutTest.class.getResourceAsStream("/junit-platform.properties")) {
            assertThat(in).as("junit-platform.properties on the test class path").isNotNull();
            suite.load(in);
        }
        String limit = suite.getProperty("junit.jupiter.execution.timeout.default", "");
        assertThat(limit).matches("\\d+ s");
        assertThat(Integer.parseInt(limit.replace(" s", ""))).isBetween(60, 600);
    }

    @Test
    @Timeout(60)
    void aWindowTestStuckWhereInterruptsAreIgnoredStillFailsNamingItself() {
        Instant start = Instant.now();
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(StuckLikeARobot.class)).execute()
                .testEvents();
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
        Throwable cause = tests.failed().list().get(0).getPayload(
                org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        assertThat(cause).isInstanceOf(TimeoutException.class).hasMessageContaining("waitsForAnIdleQueue");
    }

    @Test
    void everyWindowTestRunsInAThreadOfItsOwnUnderALimit() throws Exception {
        List<String> without = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("GuiTest.java")).toList()) {
                String source = Files.readString(file);
                if (!source.contains("\n@GuiTest\n") && !source.contains("ThreadMode.SEPARATE_THREAD")) {
                    without.add(file.toString());
                }
            }
        }
        assertThat(without).isEmpty();
        Timeout limit = GuiTest.class.getAnnotation(Timeout.class);
        assertThat(limit.threadMode()).isEqualTo(Timeout.ThreadMode.SEPARATE_THREAD);
        assertThat(limit.unit().toSeconds(limit.value())).isBetween(60L, 600L);
    }

    /** Waits as a GUI robot does for an event queue that never goes idle: interrupts are swallowed. */
    static class StuckLikeARobot {
        @Test
        @Timeout(value = 2, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
        void waitsForAnIdleQueue() {
            Object lock = new Object();
            synchronized (lock) {
                while (true) {
                    try {
                        lock.wait(100);
                    } catch (InterruptedException ignored) {
                        // as the robot's idle wait does
                    }
                }
            }
        }
    }

    /** Not run by the build itself (nested classes are not test classes); only through the probe above. */
    static class Hangs {
        @Test
        void waitsForever() throws InterruptedException {
            // as a GUI test waiting for a focus that never comes
            new CountDownLatch(1).await();
        }
    }
}
