package dev.labelj.ui.browse;

import dev.labelj.image.DecodedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.Timer;

/**
 * Holds back work that would compete with the start for the two cores a laptop may have, until the first image
 * has been on the screen a moment (shown, or shown as broken); after that, work runs at once. EDT only.
 */
public final class FirstImageGate implements BrowseListener {
    /** After the first image's paint and the X server's copy of it (10-20 ms on two cores). */
    public static final int DELAY_MS = 250;

    private final List<Runnable> waiting = new ArrayList<>();
    private boolean seen;
    private boolean open;

    /** Runs {@code work} now when the gate is open, else once it opens. */
    public void whenOpen(Runnable work) {
        if (open) {
            work.run();
        } else {
            waiting.add(work);
        }
    }

    @Override
    public void imageShown(int index, DecodedImage image) {
        firstImageSeen();
    }

    @Override
    public void imageFailed(int index, Path image, String message) {
        firstImageSeen();
    }

    private void firstImageSeen() {
        if (seen) {
            return;
        }
        seen = true;
        Timer timer = new Timer(DELAY_MS, e -> {
            open = true;
            List<Runnable> due = List.copyOf(waiting);
            waiting.clear();
            due.forEach(Runnable::run);
        });
        timer.setRepeats(false);
        timer.start();
    }
}
