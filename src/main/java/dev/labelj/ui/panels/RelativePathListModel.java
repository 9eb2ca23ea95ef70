package dev.labelj.ui.panels;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.swing.AbstractListModel;

/**
 * The file list's rows: each image's path relative to the open folder, made only when a row is
 * shown, so setting 100,000 images costs nothing on the event thread.
 */
final class RelativePathListModel extends AbstractListModel<String> {
    private Path root;
    private List<Path> images = List.of();
    /** The image index of each row while a filter is typed, else null (every image, in order). */
    private int[] rows;
    private String filter = "";

    void set(Path newRoot, List<Path> newImages) {
        replaceRows(() -> {
            root = newRoot;
            images = newImages;
            rows = filtered(filter);
        });
    }

    /** Nothing is open: no rows, and the filter text stays for the next folder. */
    void clear() {
        set(root, List.of());
    }

    /** Shows only the images whose relative path contains {@code text} (any case); blank shows all. */
    void setFilter(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!wanted.equals(filter)) {
            replaceRows(() -> {
                filter = wanted;
                rows = filtered(wanted);
            });
        }
    }

    private int[] filtered(String wanted) {
        if (wanted.isEmpty() || root == null) {
            return null;
        }
        return IntStream.range(0, images.size())
                .filter(i -> relative(i).toLowerCase(Locale.ROOT).contains(wanted)).toArray();
    }

    /** Announces the change as all rows removed, then the new rows added (one event each, whatever the count). */
    private void replaceRows(Runnable change) {
        int oldSize = getSize();
        List<Path> kept = images;
        images = List.of();
        rows = null;
        if (oldSize > 0) {
            fireIntervalRemoved(this, 0, oldSize - 1);
        }
        images = kept;
        change.run();
        if (getSize() > 0) {
            fireIntervalAdded(this, 0, getSize() - 1);
        }
    }

    @Override
    public int getSize() {
        return rows == null ? images.size() : rows.length;
    }

    /** The image shown in {@code row}. */
    Path imageAt(int row) {
        return images.get(imageIndexAt(row));
    }

    /** The folder's index of the image in {@code row}. */
    int imageIndexAt(int row) {
        return rows == null ? row : rows[row];
    }

    /** The row showing image {@code imageIndex}, or -1 when the filter hides it. */
    int rowOf(int imageIndex) {
        if (rows == null) {
            return imageIndex < images.size() ? imageIndex : -1;
        }
        int row = Arrays.binarySearch(rows, imageIndex);
        return row >= 0 ? row : -1;
    }

    Path image(int imageIndex) {
        return images.get(imageIndex);
    }

    Path root() {
        return root;
    }

    @Override
    public String getElementAt(int row) {
        return relative(imageIndexAt(row));
    }

    private String relative(int imageIndex) {
        return root.relativize(images.get(imageIndex).toAbsolutePath().normalize()).toString();
    }
}
