package dev.labelj.ui.support;

import dev.labelj.image.DecodedImage;
import dev.labelj.settings.SettingsStore;
import dev.labelj.ui.ImageBrowser;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes where the user is into the settings history: each opened folder (with its class file and
 * save dir) and each image shown, so the next launch resumes there. Cheap: the store only swaps a
 * snapshot and saves later on its own thread.
 */
public final class HistoryRecorder implements ImageBrowser.Listener {
    private final SettingsStore store;
    private final ImageBrowser browser;
    private final Supplier<LaunchPlan> plan;
    private Path folder;

    public HistoryRecorder(SettingsStore store, ImageBrowser browser, Supplier<LaunchPlan> plan) {
        this.store = store;
        this.browser = browser;
        this.plan = plan;
    }

    @Override
    public void imagesChanged(Path root, List<Path> images) {
        folder = root;
        Path opened = browser.opened();
        if (!images.isEmpty() && opened != null) {
            store.updateHistory(h -> h.withRecent(plan.get().asRecentEntry(opened)));
        }
    }

    @Override
    public void loading(int index, Path image) {
        if (folder != null) {
            store.updateHistory(h -> h.withLastImage(folder, image));
        }
    }

    @Override
    public void imageShown(int index, DecodedImage image) {
        // Recorded when navigation starts (loading), so a slow or failing decode still counts.
    }

    @Override
    public void imageFailed(int index, Path image, String message) {
        // As above.
    }
}
