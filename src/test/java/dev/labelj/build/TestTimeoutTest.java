package dev.labelj.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
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

    /** Not run by the build itself (nested classes are not test classes); only through the probe above. */
    static class Hangs {
        @Test
        void waitsForever() throws InterruptedException {
            // as a GUI test waiting for a focus that never comes
            new CountDownLatch(1).await();
        }
    }
}
