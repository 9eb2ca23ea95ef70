package dev.labelj.ui;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.support.Messages;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFrame;

/** Keeps the window title as labelImg has it — the image's name and {@code [i / N]} — with * while unsaved. */
final class WindowTitle implements BrowseListener {
    private final JFrame frame;
    private final AnnotationDocument document;
    private int count;
    private int index;
    private Path image;

    WindowTitle(JFrame frame, AnnotationDocument document) {
        this.frame = frame;
        this.document = document;
        document.addListener(event -> update());
    }

    @Override
    public void imagesChanged(Path root, List<Path> images) {
        count = images.size();
    }

    @Override
    public void closed() {
        count = 0;
        image = null;
        frame.setTitle(Messages.get("app.name"));
    }

    @Override
    public void loading(int at, Path file) {
        index = at;
        image = file;
        update();
    }

    private void update() {
        if (image != null) {
            String dirty = document.isDirty() ? "*" : "";
            String title = Messages.get("title.image", dirty + image.getFileName(), index + 1, count);
            // the window manager redraws the title bar on every call, so only real changes are sent
            if (!title.equals(frame.getTitle())) {
                frame.setTitle(title);
            }
        }
    }
}
