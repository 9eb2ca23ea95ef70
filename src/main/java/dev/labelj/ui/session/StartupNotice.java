package dev.labelj.ui.session;

import dev.labelj.image.DecodedImage;
import dev.labelj.ui.browse.BrowseListener;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Shows one start-up message in the status bar and shows it again once the first image has settled,
 * because opening that image rewrites the status bar; after that it leaves the status bar alone.
 */
public final class StartupNotice implements BrowseListener {
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
    public void imageShown(int index, DecodedImage image) {
        settle();
    }

    @Override
    public void imageFailed(int index, Path image, String message) {
        settle();
    }
}
