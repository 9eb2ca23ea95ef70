package dev.labelj.ui.panels;

import java.nio.file.Path;
import java.util.List;
import javax.swing.AbstractListModel;

/**
 * The file list's rows: each image's path relative to the open folder, made only when a row is
 * shown, so setting 100,000 images costs nothing on the event thread.
 */
final class RelativePathListModel extends AbstractListModel<String> {
    private Path root;
    private List<Path> images = List.of();

    void set(Path newRoot, List<Path> newImages) {
        int oldSize = images.size();
        images = List.of();
        if (oldSize > 0) {
            fireIntervalRemoved(this, 0, oldSize - 1);
        }
        root = newRoot;
        images = newImages;
        if (!newImages.isEmpty()) {
            fireIntervalAdded(this, 0, newImages.size() - 1);
        }
    }

    @Override
    public int getSize() {
        return images.size();
    }

    Path imageAt(int index) {
        return images.get(index);
    }

    Path root() {
        return root;
    }

    @Override
    public String getElementAt(int index) {
        return root.relativize(images.get(index).toAbsolutePath().normalize()).toString();
    }
}
