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

    /**
     * A double click as a hand makes it: two clicks 80 ms apart, well inside the multi-click interval. Robot
     * clicks sent back to back sometimes lose the second press under Xvfb.
     */
    public static void doubleClick(org.assertj.swing.core.Robot robot, java.awt.Component target,
            java.awt.Point where) {
        robot.moveMouse(target, where);
        for (int click = 0; click < 2; click++) {
            robot.pressMouse(org.assertj.swing.core.MouseButton.LEFT_BUTTON);
            robot.releaseMouse(org.assertj.swing.core.MouseButton.LEFT_BUTTON);
            if (click == 0) {
                org.assertj.swing.timing.Pause.pause(80);
            }
        }
        robot.waitForIdle();
    }
}
