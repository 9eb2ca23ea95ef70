package dev.labelj.ui;

import dev.labelj.image.DecodedImage;
import dev.labelj.ui.browse.BrowseListener;
import java.awt.Toolkit;
import java.awt.Window;
import javax.swing.JComponent;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;

/**
 * Puts each picture on the screen as soon as the view has it, before the rest of the window hears of the image
 * (docs/adr/0176, 0187): the view paints itself alone and the X connection is flushed, rather than waiting for the
 * paint pass that also redraws the title, the file list, the box list and the status bar. Hear the session right
 * after the view. EDT only.
 */
final class PictureFirst implements BrowseListener {
    private final JComponent picture;
    private boolean laidOut;

    /** {@code picture}: the view images are shown in. */
    PictureFirst(JComponent picture) {
        this.picture = picture;
    }

    @Override
    public void imageShown(int index, DecodedImage image) {
        Window window = SwingUtilities.getWindowAncestor(picture);
        if (window == null || !picture.isShowing() || picture.getWidth() <= 0) {
            return;
        }
        if (!laidOut) {
            // the frame may have taken the window manager's decorations since it was shown: laid out again, the
            // first picture is painted where it stays rather than where the view was
            laidOut = true;
            window.invalidate();
            window.validate();
        }
        picture.paintImmediately(0, 0, picture.getWidth(), picture.getHeight());
        // painted whole: the paint pass to come leaves it alone
        RepaintManager.currentManager(picture).markCompletelyClean(picture);
        Toolkit.getDefaultToolkit().sync();
    }
}
