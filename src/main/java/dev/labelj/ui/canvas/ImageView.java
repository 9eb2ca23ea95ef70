package dev.labelj.ui.canvas;

import dev.labelj.image.DecodedImage;
import dev.labelj.image.FitSize;
import dev.labelj.ui.support.StartupTrace;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * Shows the current image scaled to fit, or a message in its place (decode error).
 * While a new image decodes, the old one stays and a small "busy" note is drawn over it.
 *
 * <p>The picture may be a reduced display copy; the fitted rectangle is always computed from the
 * full-resolution image size, which is the space boxes live in.
 */
public final class ImageView extends JComponent {
    private BufferedImage image;
    private BufferedImage fitted;
    /** The one heap image fitted copies are copied into, so browsing leaves no per-image arrays behind. */
    private BufferedImage screen;
    private int imageWidth;
    private int imageHeight;
    private String message;
    private String hint;
    private boolean busy;

    public ImageView() {
        setName("imageView");
        setFocusable(true);
        setOpaque(true);
        setPreferredSize(new Dimension(900, 650));
    }

    public void showImage(BufferedImage newImage) {
        showImage(newImage, null, newImage.getWidth(), newImage.getHeight());
    }

    /**
     * Shows a decoded image: its heap display copy, or, when the display copy is kept natively, its
     * fitted copy copied into this view's own reusable image (painted 1:1, or scaled until a re-fitted
     * copy arrives after a resize). When the copy was already freed, the old picture stays, busy.
     */
    public void showImage(DecodedImage decoded) {
        if (decoded.heapImage() != null || !decoded.hasFitted()) {
            showImage(decoded.heapImage(), null, decoded.width(), decoded.height());
            return;
        }
        if (screen == null || screen.getWidth() != decoded.fittedWidth()
                || screen.getHeight() != decoded.fittedHeight()) {
            screen = new BufferedImage(Math.max(1, decoded.fittedWidth()), Math.max(1, decoded.fittedHeight()),
                    BufferedImage.TYPE_INT_RGB);
        }
        if (decoded.copyFittedInto(screen)) {
            showImage(screen, screen, decoded.width(), decoded.height());
        }
    }

    /**
     * Shows a display copy of an image whose full resolution is {@code imageWidth} x {@code imageHeight};
     * {@code fittedCopy} (may be null) is used instead whenever it has exactly the fitted size.
     */
    public void showImage(BufferedImage displayCopy, BufferedImage fittedCopy, int imageWidth, int imageHeight) {
        image = displayCopy;
        fitted = fittedCopy;
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
        message = null;
        busy = false;
        repaint();
    }

    /** What to do first, shown quietly while there is neither an image nor a message. */
    public void setHint(String text) {
        hint = text;
        repaint();
    }

    /** Shows a message (e.g. why the image cannot be shown) in place of the image. */
    public void showMessage(String text) {
        image = null;
        fitted = null;
        message = text;
        busy = false;
        repaint();
    }

    public void setBusy(boolean isBusy) {
        if (busy != isBusy) {
            busy = isBusy;
            repaint();
        }
    }

    public boolean isBusy() {
        return busy;
    }

    /** The picture painted now (a heap display copy, or this view's copy of a fitted copy), or null. */
    public BufferedImage image() {
        return image;
    }

    /** Full-resolution width of the image shown, in image pixels. */
    public int imageWidth() {
        return imageWidth;
    }

    /** Full-resolution height of the image shown, in image pixels. */
    public int imageHeight() {
        return imageHeight;
    }

    public String message() {
        return message;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(UIManager.getColor("Panel.background"));
            g2.fillRect(0, 0, getWidth(), getHeight());
            if (image != null) {
                paintFitted(g2);
                if (busy) {
                    ViewNotes.busy(g2, getWidth());
                }
            } else {
                ViewNotes.paint(g2, message, hint, busy, getWidth(), getHeight());
            }
        } finally {
            g2.dispose();
        }
        if (image != null && StartupTrace.isEnabled()) {
            StartupTrace.mark("image painted " + image.getWidth() + "x" + image.getHeight());
        }
    }

    private void paintFitted(Graphics2D g2) {
        FitSize fit = FitSize.of(imageWidth, imageHeight, getWidth(), getHeight());
        int viewW = fit.width();
        int viewH = fit.height();
        int viewX = (getWidth() - viewW) / 2;
        int viewY = (getHeight() - viewH) / 2;
        if (fitted != null && fitted.getWidth() == viewW && fitted.getHeight() == viewH) {
            g2.drawImage(fitted, viewX, viewY, null);
            return;
        }
        boolean shrinking = viewW < image.getWidth();
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                shrinking ? RenderingHints.VALUE_INTERPOLATION_BILINEAR
                        : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g2.drawImage(image, viewX, viewY, viewW, viewH, null);
    }
}
