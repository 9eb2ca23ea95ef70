package dev.labelj.ui.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.GuiTest;
import dev.labelj.support.GuiTests;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JProgressBar;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Tools menu's progress dialog: the bar follows the job, and Cancel stops it between files and drops it. */
@GuiTest
class BackgroundRunGuiTest {
    private static final int FILES = 1000;
    private Robot robot;
    private JFrame frame;

    @BeforeAll
    static void setUpClass() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void tearDown() {
        if (robot != null) {
            robot.cleanUp();
        }
    }

    @Test
    void cancelStopsTheJobAtItsNextFileAndNothingIsShown() throws Exception {
        GuiTests.requireDisplay();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        AtomicInteger filesDone = new AtomicInteger();
        AtomicReference<Throwable> stoppedBy = new AtomicReference<>();
        AtomicBoolean shown = new AtomicBoolean();
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        BackgroundRun.Job<String> endless = progress -> {
            try {
                for (int i = 1; i <= FILES; i++) {
                    // like reading a file: an interrupt does not stop it, only the progress report can
                    long until = System.nanoTime() + 5_000_000;
                    while (System.nanoTime() < until) {
                        LockSupport.parkNanos(1_000_000);
                    }
                    progress.imageDone(i, FILES, Path.of("img" + i + ".png"));
                    filesDone.set(i);
                    if (i == 100) {
                        halfway.countDown();
                    }
                }
                return "all";
            } catch (CancellationException e) {
                stoppedBy.set(e);
                throw e;
            } finally {
                ended.countDown();
            }
        };
        GuiActionRunner.execute(() -> {
            frame = new JFrame("owner");
            frame.setSize(300, 200);
            frame.setVisible(true);
            BackgroundRun.start(frame, "Reading the dataset\u2026", endless, result -> shown.set(true));
        });
        DialogFixture progress = WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog d) {
                return "toolsProgress".equals(d.getName()) && d.isShowing();
            }
        }).withTimeout(10000).using(robot);
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
        JProgressBar bar = progress.progressBar("toolsProgressBar").target();
        Pause.pause(new Condition("the bar shows 10 % or more") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> !bar.isIndeterminate() && bar.getValue() >= 10);
            }
        }, Timeout.timeout(5000));
        progress.button("toolsCancel").click();

        assertThat(ended.await(10, TimeUnit.SECONDS)).as("the job stopped").isTrue();
        assertThat(stoppedBy.get()).isNotNull();
        int stoppedAt = filesDone.get();
        assertThat(stoppedAt).isBetween(100, FILES - 1);
        Thread.sleep(100);
        assertThat(filesDone.get()).isEqualTo(stoppedAt);
        robot.waitForIdle();
        assertThat(shown).isFalse();
        assertThat(GuiActionRunner.execute(() -> progress.target().isShowing())).isFalse();
    }
}
