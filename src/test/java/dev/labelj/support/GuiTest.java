package dev.labelj.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * A test class that drives a real window. Each test runs in a thread of its own and fails, named, after four
 * minutes: a robot waiting for a focus or an idle event queue that never comes ignores interrupts, so the
 * suite's same-thread limit alone would leave it waiting until CI's limit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public @interface GuiTest {
}
