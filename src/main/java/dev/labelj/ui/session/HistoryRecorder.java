package dev.labelj.ui.session;

import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.browse.BrowseListener;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes where the user is into the settings history: each opened folder (with its class file and
 * save dir) and each image shown, so the next launch resumes there. Cheap: the store only swaps a
 * snapshot and saves later on its own thread. It writes from {@link #start} on: at launch that is after the
 * first picture, since the first change of the history compares the settings' records for the first time in
 * the process (5-7 ms on a cold JVM) and the picture would wait for it.
 */
public final class HistoryRecorder implements BrowseListener {
    private final SettingsStore store;
    private final ImageSession session;
    private Path folder;
    private boolean started;

    public HistoryRecorder(SettingsStore store, ImageSession session) {
        this.store = store;
        this.session = session;
    }

    /** Records where the user is now, and every move from now on. */
    public void start() {
        started = true;
        recordNow();
    }

    @Override
    public void imagesChanged(Path root, List<Path> images) {
        folder = root;
        Path opened = session.opened();
        if (started && !images.isEmpty() && opened != null) {
            store.updateHistory(h -> h.withRecent(session.plan().asRecentEntry(opened)));
        }
    }

    /**
     * Records the open folder (when it has images, as each folder opened) and the image shown now: after the
     * history was emptied under them, and at {@link #start}.
     */
    public void recordNow() {
        Path opened = session.opened();
        if (folder == null || opened == null || session.images().isEmpty()) {
            return;
        }
        store.updateHistory(h -> h.withRecent(session.plan().asRecentEntry(opened)));
        int index = session.index();
        if (index >= 0 && index < session.images().size()) {
            Path image = session.images().get(index);
            store.updateHistory(h -> h.withLastImage(folder, image));
        }
    }

    @Override
    public void closed() {
        folder = null;
    }

    /** Recorded when navigation starts, so a slow or failing decode still counts. */
    @Override
    public void loading(int index, Path image) {
        if (started && folder != null) {
            store.updateHistory(h -> h.withLastImage(folder, image));
        }
    }
}
