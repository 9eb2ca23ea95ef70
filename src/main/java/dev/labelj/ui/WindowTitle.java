package dev.labelj.ui;

import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.support.Messages;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFrame;

/** Keeps the window title as labelImg has it: the image's name and {@code [i / N]}. */
final class WindowTitle implements BrowseListener {
    private final JFrame frame;
    private int count;

    WindowTitle(JFrame frame) {
        this.frame = frame;
    }

    @Override
    public void imagesChanged(Path root, List<Path> images) {
        count = images.size();
    }

    @Override
    public void loading(int index, Path image) {
        frame.setTitle(Messages.get("title.image", image.getFileName(), index + 1, count));
    }
}
