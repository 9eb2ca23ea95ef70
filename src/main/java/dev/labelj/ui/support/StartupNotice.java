package dev.labelj.ui.support;

import dev.labelj.image.DecodedImage;
import dev.labelj.ui.ImageBrowser;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Shows one start-up message in the status bar and shows it again once the first image has settled,
 * because opening that image rewrites the status bar; after that it leaves the status bar alone.
 */
public final class StartupNotice implements ImageBrowser.Listener {
    private final Consumer<String> status;
    private String pending;

    public StartupNotice(String message, Consumer<String> status) {
        this.pending = message;
        this.status = status;
        status.accept(message);
    }

    private void settle() {
        if (pending != null) {
            status.accept(pending);
            pending = null;
        }
    }

    @Override
    public void imagesChanged(Path root, List<Path> images) {
        if (images.isEmpty()) {
            settle();
        }
    }

    @Override
    public void loading(int index, Path image) {
        // The image is not shown yet; the status bar will change again.
    }

    @Override
    public void imageShown(int index, DecodedImage image) {
        settle();
    }

    @Override
    public void imageFailed(int index, Path image, String message) {
        settle();
    }
}
