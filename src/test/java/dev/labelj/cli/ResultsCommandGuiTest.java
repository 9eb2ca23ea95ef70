package dev.labelj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelj.support.DocumentText;
import dev.labelj.support.GuiTest;
import dev.labelj.support.GuiTests;
import dev.labelj.ui.results.ResultsWindow;
import java.time.Duration;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code labelj results data/results} opens the viewer with the sample run and keeps the process alive. */
@GuiTest
class ResultsCommandGuiTest {
    private Robot robot;
    private FrameFixture frame;

    @BeforeAll
    static void display() {
        GuiTests.requireDisplay();
    }

    @AfterEach
    void close() {
        if (frame != null) {
            frame.cleanUp();
        } else if (robot != null) {
            robot.cleanUp();
        }
    }

    @Test
    void resultsSubcommandOpensTheViewerWithTheRun() {
        assertThat(Main.run("results", "data/results")).isEqualTo(LabelJCommand.EXIT_WINDOW_OPEN);
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        frame = WindowFinder.findFrame(new GenericTypeMatcher<>(JFrame.class) {
            @Override
            protected boolean isMatching(JFrame candidate) {
                return "resultsWindow".equals(candidate.getName()) && candidate.isShowing();
            }
        }).withTimeout(10000).using(robot);
        ResultsWindow window = (ResultsWindow) frame.target();
        Pause.pause(new Condition("sample run loaded") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.runs().size() == 1);
            }
        }, Timeout.timeout(Duration.ofSeconds(10).toMillis()));
        assertThat(GuiActionRunner.execute(() -> window.runs().get(0).rows())).isEqualTo(80);
        assertThat(DocumentText.of(frame.textBox("summary").target())).contains("best epoch 73", "80 run of 80 planned");
    }
}
