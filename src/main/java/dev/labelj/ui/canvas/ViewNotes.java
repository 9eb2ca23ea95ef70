package dev.labelj.ui.canvas;

import dev.labelj.ui.support.Messages;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.UIManager;

/** The words an image view paints in place of or over the picture: a centred message, the "loading" note. */
final class ViewNotes {
    private ViewNotes() {
    }

    /**
     * What a view without a picture says: the message (why the image cannot be shown), else the hint unless an
     * image is loading; and the "loading" tab while one is.
     */
    static void paint(Graphics2D g2, String message, String hint, boolean busy, int width, int height) {
        if (message != null) {
            centred(g2, message, UIManager.getColor("Component.error.focusedBorderColor"), width, height);
        } else if (hint != null && !busy) {
            centred(g2, hint, UIManager.getColor("Label.disabledForeground"), width, height);
        }
        if (busy) {
            busy(g2, width);
        }
    }

    /** {@code text} centred in a view {@code width} x {@code height}; null colour means the error red. */
    static void centred(Graphics2D g2, String text, Color color, int width, int height) {
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setColor(color == null ? Color.RED.darker() : color);
        FontMetrics metrics = g2.getFontMetrics();
        int x = Math.max(8, (width - metrics.stringWidth(text)) / 2);
        g2.drawString(text, x, height / 2);
    }

    /** The small "loading" tab in the top right corner, shown while the next image decodes. */
    static void busy(Graphics2D g2, int width) {
        String text = Messages.get("image.loading");
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        FontMetrics metrics = g2.getFontMetrics();
        int boxW = metrics.stringWidth(text) + 24;
        g2.setColor(new Color(0, 0, 0, 140));
        g2.fillRoundRect(width - boxW - 8, 8, boxW, 24, 12, 12);
        g2.setColor(Color.WHITE);
        g2.drawString(text, width - boxW + 4, 8 + (24 + metrics.getAscent() - metrics.getDescent()) / 2);
    }
}
