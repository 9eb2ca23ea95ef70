package dev.labelj.ui;

import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.support.Messages;
import java.awt.Component;
import java.nio.file.Path;
import javax.swing.JOptionPane;

/** A save that failed is said plainly, naming the file and why; the boxes stay unsaved in the window. */
final class SaveFailures implements BrowseListener {
    private final Component parent;

    SaveFailures(Component parent) {
        this.parent = parent;
    }

    @Override
    public void saveFailed(Path image, String message) {
        JOptionPane.showMessageDialog(parent, Messages.get("save.failed", image.getFileName(), message),
                Messages.get("save.failed.title"), JOptionPane.ERROR_MESSAGE);
    }
}
