package dev.labelj.support;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Window-level tests need a display. On a developer machine without one they are skipped; in CI
 * (environment variable CI set, or -Drequire.gui=true) a missing display fails the build instead.
 */
public final class GuiTests {
    private GuiTests() {
    }

    public static void requireDisplay() {
        if (!GraphicsEnvironment.isHeadless()) {
            return;
        }
        boolean mustRun = System.getenv("CI") != null || Boolean.getBoolean("require.gui");
        String why = "no display (DISPLAY=" + System.getenv("DISPLAY") + "); run the tests under xvfb-run";
        if (mustRun) {
            Assertions.fail("GUI tests must run in CI but " + why);
        }
        Assumptions.abort("GUI test skipped: " + why);
    }
}
