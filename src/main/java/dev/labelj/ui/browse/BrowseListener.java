package dev.labelj.ui.browse;

import dev.labelj.image.DecodedImage;
import java.nio.file.Path;
import java.util.List;

/** What the window's parts hear about the folder and the image shown; called on the EDT. */
public interface BrowseListener {
    default void imagesChanged(Path root, List<Path> images) {
    }

    /** Navigation to {@code image} has started; its pixels (and boxes) follow. */
    default void loading(int index, Path image) {
    }

    /** Called when an image is shown, and again when a sharper or re-fitted copy replaces it. */
    default void imageShown(int index, DecodedImage image) {
    }

    default void imageFailed(int index, Path image, String message) {
    }

    /** A folder scan is under way and has found this many images so far. */
    default void scanProgress(Path root, int found) {
    }

    /** A folder could not be scanned; the previous folder stays open. */
    default void scanFailed(Path root, String message) {
    }
}
