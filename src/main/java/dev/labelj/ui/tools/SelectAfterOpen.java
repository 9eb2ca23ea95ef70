package dev.labelj.ui.tools;

import dev.labelj.document.BoxSelection;
import dev.labelj.image.DecodedImage;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.session.ImageSession;
import javax.swing.SwingUtilities;

/** Selects a box once the requested image is shown, then stops listening; a stay (prompt cancelled) ends it too. */
final class SelectAfterOpen implements BrowseListener {
    private final ImageSession session;
    private final BoxSelection selection;
    private final int index;
    private final int box;

    SelectAfterOpen(ImageSession session, BoxSelection selection, int index, int box) {
        this.session = session;
        this.selection = selection;
        this.index = index;
        this.box = box;
    }

    @Override
    public void imageShown(int at, DecodedImage image) {
        if (at == index) {
            // after the document has taken the image's boxes, which clears the selection
            SwingUtilities.invokeLater(() -> {
                session.removeListener(this);
                if (box >= 0) {
                    selection.select(box);
                }
            });
        }
    }

    @Override
    public void stayed(int at) {
        SwingUtilities.invokeLater(() -> session.removeListener(this));
    }
}
