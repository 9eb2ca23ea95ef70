package dev.labelj.ui.panels;

import dev.labelj.image.DecodedImage;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** The window's status bar: the latest message on the left; it hears scans and images for itself. */
public final class StatusBar extends JPanel implements BrowseListener {
    private final JLabel message = new JLabel(" ");

    public StatusBar() {
        super(new BorderLayout());
        message.setName("status");
        setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        add(message, BorderLayout.CENTER);
    }

    public void show(String text) {
        message.setText(text);
    }

    public String text() {
        return message.getText();
    }

    @Override
    public void imagesChanged(Path root, List<Path> images) {
        show(Messages.get("status.scanned", images.size(), root));
    }

    @Override
    public void imageShown(int index, DecodedImage image) {
        show(image.isReduced()
                ? Messages.get("status.imageReduced", image.file(), image.width(), image.height(), image.reduction())
                : Messages.get("status.image", image.file(), image.width(), image.height()));
    }

    @Override
    public void imageFailed(int index, Path image, String text) {
        show(text);
    }

    @Override
    public void scanProgress(Path root, int found) {
        show(Messages.get("status.scanning", root, found));
    }

    @Override
    public void scanFailed(Path root, String reason) {
        show(Messages.get("status.scanFailed", root, reason));
    }
}
