package dev.labelj.ui.tools;

import dev.labelj.support.AppFixture;
import dev.labelj.support.GuiTests;
import dev.labelj.ui.session.LaunchOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.swing.JDialog;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/** For this package's GUI tests: the window on the purpose-made dataset, the Tools dialogs, waiting. */
final class ToolsWindows {
    private static final int TIMEOUT_MILLIS = 20000;

    private ToolsWindows() {
    }

    /** The main window on {@link ToolsDataset}'s folder, once its five images are listed. */
    static AppFixture.Launched launchOnDataset(Path dir) throws IOException {
        GuiTests.requireDisplay();
        Path images = ToolsDataset.write(dir);
        AppFixture.Launched launched = AppFixture.launch(LaunchOptions.ofImages(images), dir.resolve("settings.json"));
        await("the folder is open",
                () -> GuiActionRunner.execute(() -> launched.app().session().images().size()) == 5);
        return launched;
    }

    static DialogFixture dialog(Robot robot, Predicate<JDialog> test) {
        return WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog d) {
                return test.test(d);
            }
        }).withTimeout(TIMEOUT_MILLIS).using(robot);
    }

    static DialogFixture named(Robot robot, String name) {
        return dialog(robot, d -> name.equals(d.getName()) && d.isShowing());
    }

    static void await(String what, Supplier<Boolean> condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return condition.get();
            }
        }, Timeout.timeout(TIMEOUT_MILLIS));
    }
}
