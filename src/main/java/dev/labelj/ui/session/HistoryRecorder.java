package dev.labelj.ui.session;

import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.browse.BrowseListener;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes where the user is into the settings history: each opened folder (with its class file and
 * save dir) and each image shown, so the next launch resumes there. Cheap: the store only swaps a
 * snapshot and saves later on its own thread.
 */
public final class HistoryRecorder implements BrowseListener {
    private final SettingsStore store;
    private final ImageSession session;
    private Path folder;

    public HistoryRecorder(SettingsStore store, ImageSession session) {
        this.store = store;
        this.session = session;
    }

    @Override
    public void imagesChanged(Path root, List<Path> images) {
        folder = root;
        Path opened = session.opened();
        if (!images.isEmpty() && opened != null) {
            store.updateHistory(h -> h.withRecent(session.plan().asRecentEntry(opened)));
        }
    }

    /** Records the open folder and the image shown now (after the history was emptied under them). */
    public void recordNow() {
        Path opened = session.opened();
        if (folder == null || opened == null) {
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
        if (folder != null) {
            store.updateHistory(h -> h.withLastImage(folder, image));
        }
    }
}
