package dev.labelj.ui.session;

import dev.labelj.document.AnnotationEvent;
import dev.labelj.model.Box;
import dev.labelj.ui.App;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/**
 * Run in a child JVM by the window kill test: opens the real window on a folder and saves the first image's boxes
 * through the window's own save path (Ctrl+S's {@link ImageSession#save}) as fast as it can, one to seven boxes in
 * turn, until it is killed. Prints "saving" once the first save is on disk.
 */
public final class WindowSaverProcess {
    private WindowSaverProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path images = Path.of(args[0]);
        Path labels = Path.of(args[1]);
        LaunchOptions options = new LaunchOptions(Optional.of(images), Optional.empty(), Optional.of(labels),
                Optional.of("voc"), Optional.of(Path.of(args[2])), false, false);
        App[] app = new App[1];
        SwingUtilities.invokeAndWait(() -> app[0] = App.start(options));
        awaitImage(app[0]);
        AtomicReference<CountDownLatch> saved = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> app[0].document().addListener(event -> {
            if (event.kind() == AnnotationEvent.Kind.SAVED) {
                saved.get().countDown();
            }
        }));
        for (long round = 0; ; round++) {
            saved.set(new CountDownLatch(1));
            saveOnce(app[0], 1 + (int) (round % 7), saved.get());
            if (round == 0) {
                System.out.println("saving");
                System.out.flush();
            }
        }
    }

    private static void awaitImage(App app) throws Exception {
        for (int i = 0; i < 600; i++) {
            boolean[] open = new boolean[1];
            SwingUtilities.invokeAndWait(() -> open[0] = app.document().hasImage() && app.document().isEditable());
            if (open[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no image opened");
    }

    /** One edit and one save, as a user's drag and Ctrl+S make them; returns once the save is done. */
    private static void saveOnce(App app, int boxCount, CountDownLatch saved) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            List<Box> boxes = new ArrayList<>();
            for (int i = 0; i < boxCount; i++) {
                boxes.add(Box.of("box" + boxCount, 10 + i * 20, 10 + i * 10, 60 + i * 20, 80 + i * 10));
            }
            app.document().replaceBoxes(boxes, "Draw box");
            app.session().save();
        });
        if (!saved.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a save did not finish");
        }
    }
}
