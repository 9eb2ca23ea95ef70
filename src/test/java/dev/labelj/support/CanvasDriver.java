package dev.labelj.support;

import dev.labelj.model.Box;
import dev.labelj.ui.App;
import dev.labelj.ui.canvas.ViewTransform;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/** Drives the annotation window as a user does: keys, drags on the canvas, the label dialog. */
public final class CanvasDriver {
    private final App app;
    private final FrameFixture window;

    public CanvasDriver(App app, FrameFixture window) {
        this.app = app;
        this.window = window;
    }

    public Robot robot() {
        return window.robot();
    }

    /** A key with modifiers held (Ctrl+S, Shift+Right…), pressed as a user presses them. */
    public void chord(int key, int... modifierKeys) {
        for (int modifier : modifierKeys) {
            robot().pressKey(modifier);
        }
        robot().pressAndReleaseKey(key);
        for (int i = modifierKeys.length - 1; i >= 0; i--) {
            robot().releaseKey(modifierKeys[i]);
        }
        robot().waitForIdle();
    }

    /**
     * Keys pressed as a user presses them: to whatever holds the focus now. (The frame fixture's own key
     * method first focuses the frame itself, which no user does, and which hides bindings of the
     * containers around the focused component.)
     */
    public void keys(int... keyCodes) {
        robot().pressAndReleaseKeys(keyCodes);
        robot().waitForIdle();
    }

    /** Waits until image {@code fileName} is open with its boxes loaded and painted. */
    public void waitForImage(String fileName) {
        waitFor(fileName + " open with its boxes", () -> GuiActionRunner.execute(() -> app.document().hasImage()
                && app.document().current().imageFile().getFileName().toString().equals(fileName)
                && !app.canvas().isBusy() && app.canvas().picture() != null));
    }

    /** A left-button drag between two points of the canvas, in view pixels, with steps in between. */
    public void drag(Point from, Point to) {
        drag(from, to, MouseButton.LEFT_BUTTON);
    }

    public void drag(Point from, Point to, MouseButton button) {
        robot().pressMouse(app.canvas(), from, button);
        for (int step = 1; step <= 4; step++) {
            robot().moveMouse(app.canvas(), new Point(from.x + (to.x - from.x) * step / 4,
                    from.y + (to.y - from.y) * step / 4));
        }
        robot().releaseMouse(button);
        robot().waitForIdle();
    }

    public void click(Point at) {
        robot().click(app.canvas(), at);
        robot().waitForIdle();
    }

    /** W, then a drag: the label dialog opens. */
    public void drawBox(Point from, Point to) {
        keys(KeyEvent.VK_W);
        drag(from, to);
    }

    /** Types {@code label} into the open label dialog and presses Enter. */
    public void answerLabel(String label) {
        DialogFixture dialog = WindowFinder.findDialog("labelDialog").withTimeout(10_000).using(robot());
        dialog.textBox().deleteText().enterText(label);
        dialog.textBox().pressAndReleaseKeys(KeyEvent.VK_ENTER);
        robot().waitForIdle();
    }

    public ViewTransform transform() {
        return GuiActionRunner.execute(() -> app.canvas().transform());
    }

    public List<Box> boxes() {
        return GuiActionRunner.execute(() -> app.document().current().boxes());
    }

    /** The canvas point over image point ({@code imageX}, {@code imageY}). */
    public Point viewOf(double imageX, double imageY) {
        ViewTransform t = transform();
        return new Point((int) Math.round(t.toViewX(imageX)), (int) Math.round(t.toViewY(imageY)));
    }

    public void waitForFile(Path file) {
        waitFor(file + " written", () -> Files.isRegularFile(file));
    }

    public static void waitFor(String what, BooleanSupplier condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return condition.getAsBoolean();
            }
        }, Timeout.timeout(Duration.ofSeconds(20).toMillis()));
    }
}
