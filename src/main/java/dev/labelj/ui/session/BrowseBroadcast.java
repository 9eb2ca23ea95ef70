package dev.labelj.ui.session;

import dev.labelj.image.DecodedImage;
import dev.labelj.ui.browse.BrowseListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Hands every browse event of the session to each listener in the order they were added. */
final class BrowseBroadcast implements BrowseListener {
    private final List<BrowseListener> listeners = new ArrayList<>();

    void add(BrowseListener listener) {
        listeners.add(listener);
    }

    void remove(BrowseListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void imagesChanged(Path folder, List<Path> list) {
        listeners.forEach(l -> l.imagesChanged(folder, list));
    }

    @Override
    public void loading(int at, Path image) {
        listeners.forEach(l -> l.loading(at, image));
    }

    @Override
    public void imageShown(int at, DecodedImage image) {
        listeners.forEach(l -> l.imageShown(at, image));
    }

    @Override
    public void decodedAhead(DecodedImage image) {
        listeners.forEach(l -> l.decodedAhead(image));
    }

    @Override
    public void imageFailed(int at, Path image, String message) {
        listeners.forEach(l -> l.imageFailed(at, image, message));
    }

    @Override
    public void stayed(int at) {
        listeners.forEach(l -> l.stayed(at));
    }

    @Override
    public void notice(String text) {
        listeners.forEach(l -> l.notice(text));
    }

    @Override
    public void saved(int at, Path file) {
        listeners.forEach(l -> l.saved(at, file));
    }

    @Override
    public void saveFailed(Path image, String message) {
        listeners.forEach(l -> l.saveFailed(image, message));
    }

    @Override
    public void placeChanged() {
        listeners.forEach(BrowseListener::placeChanged);
    }

    @Override
    public void scanProgress(Path folder, int found) {
        listeners.forEach(l -> l.scanProgress(folder, found));
    }

    @Override
    public void scanFailed(Path folder, String message) {
        listeners.forEach(l -> l.scanFailed(folder, message));
    }

    @Override
    public void closed() {
        listeners.forEach(BrowseListener::closed);
    }
}
