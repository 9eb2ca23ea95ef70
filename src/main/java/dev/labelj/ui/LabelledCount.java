package dev.labelj.ui;

import dev.labelj.image.DecodedImage;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.panels.StatusBar;
import dev.labelj.ui.session.ImageSession;
import dev.labelj.ui.session.SessionFiles;
import dev.labelj.ui.support.Tasks;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.Timer;

/**
 * How many of the folder's images have an annotation, for the status bar: counted once per folder (or save dir,
 * or format) on a background thread by looking for the files, then kept up to date as saves write new ones.
 * The first count waits until the first image has been on the screen a moment: it looks for as many files as the
 * folder has images, and on two cores it slowed the start's first paint by about 50 ms on 10,000 images.
 */
final class LabelledCount implements BrowseListener {
    /** After the first image's paint and the X server's copy of it. */
    static final int FIRST_COUNT_DELAY_MS = 250;
    private static final ExecutorService COUNTER = Tasks.worker("labelled-count");
    private final ImageSession session;
    private final StatusBar status;
    private final AtomicLong generation = new AtomicLong();
    private Set<Path> labelled = new HashSet<>();
    private List<Path> images = List.of();
    private boolean imageSeen;
    private boolean countWaiting;

    LabelledCount(ImageSession session, StatusBar status) {
        this.session = session;
        this.status = status;
    }

    @Override
    public void imagesChanged(Path root, List<Path> list) {
        images = list;
        recountOnceAnImageShowed();
    }

    @Override
    public void imageShown(int index, DecodedImage image) {
        firstImageSeen();
    }

    @Override
    public void imageFailed(int index, Path image, String message) {
        firstImageSeen();
    }

    @Override
    public void closed() {
        images = List.of();
        recount();
    }

    @Override
    public void placeChanged() {
        recountOnceAnImageShowed();
    }

    @Override
    public void saved(int index, Path file) {
        if (index >= 0 && index < images.size() && labelled.add(images.get(index))) {
            show();
        }
    }

    private void recountOnceAnImageShowed() {
        if (imageSeen || images.isEmpty()) {
            recount();
        } else {
            countWaiting = true;
        }
    }

    private void firstImageSeen() {
        if (imageSeen) {
            return;
        }
        imageSeen = true;
        Timer timer = new Timer(FIRST_COUNT_DELAY_MS, e -> {
            if (countWaiting) {
                countWaiting = false;
                recount();
            }
        });
        timer.setRepeats(false);
        timer.start();
    }

    private void recount() {
        long ticket = generation.incrementAndGet();
        List<Path> counted = images;
        SessionFiles files = session.files();
        Tasks.submit(COUNTER, () -> {
            var locator = files.store().locator();
            Set<Path> found = new HashSet<>();
            for (Path image : counted) {
                if (generation.get() != ticket) {
                    return null;
                }
                if (locator.find(image).isPresent()) {
                    found.add(image);
                }
            }
            return found;
        }, found -> {
            if (found != null && generation.get() == ticket) {
                labelled = found;
                show();
            }
        }, error -> { });
    }

    private void show() {
        status.showLabelled(labelled.size(), images.size());
    }
}
