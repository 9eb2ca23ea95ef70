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

    /**
     * The pixels of an image near the one shown are ready (decoded ahead, or found in the cache when it became a
     * neighbour), and may be asked for next: a chance to read its annotation ahead too.
     */
    default void decodedAhead(DecodedImage image) {
    }

    default void imageFailed(int index, Path image, String message) {
    }

    /** The user stayed on image {@code index} (a move away was cancelled at the unsaved-changes prompt). */
    default void stayed(int index) {
    }

    /** Something about the open image's annotation the user should read (a read problem, a warning). */
    default void notice(String text) {
    }

    /** Image {@code index}'s annotation was written to {@code file}. */
    default void saved(int index, Path file) {
    }

    /** Writing image's annotation failed; the boxes stay unsaved. */
    default void saveFailed(Path image, String message) {
    }

    /** The save dir or format changed: annotations are looked for elsewhere now. */
    default void placeChanged() {
    }

    /** A folder scan is under way and has found this many images so far. */
    default void scanProgress(Path root, int found) {
    }

    /** A folder could not be scanned; the previous folder stays open. */
    default void scanFailed(Path root, String message) {
    }

    /** File → Close: nothing is open any more; the window waits for a folder or an image. */
    default void closed() {
    }
}
