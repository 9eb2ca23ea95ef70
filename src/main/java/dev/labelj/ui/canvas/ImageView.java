package dev.labelj.ui.canvas;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * Shows the current image scaled to fit, or a message in its place (loading, decode error).
 * While a new image decodes, the old one stays and a small "busy" note is drawn over it.
 */
public final class ImageView extends JComponent {
    private BufferedImage image;
    private String message;
    private boolean busy;

    public ImageView() {
        setName("imageView");
        setFocusable(true);
        setOpaque(true);
        setPreferredSize(new Dimension(900, 650));
    }

    public void showImage(BufferedImage newImage) {
        image = newImage;
        message = null;
        busy = false;
        repaint();
    }

    public void showMessage(String text) {
        image = null;
        message = text;
        busy = false;
        repaint();
    }

    public void setBusy(boolean isBusy) {
        busy = isBusy;
        repaint();
    }

    public boolean isBusy() {
        return busy;
    }

    public BufferedImage image() {
        return image;
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
            } else if (message != null) {
                paintCentredText(g2, message, UIManager.getColor("Component.error.focusedBorderColor"));
            }
            if (busy) {
                paintBusy(g2);
            }
        } finally {
            g2.dispose();
        }
    }

    private void paintFitted(Graphics2D g2) {
        double scale = Math.min((getWidth() - 2.0) / image.getWidth(), (getHeight() - 2.0) / image.getHeight());
        int viewW = (int) Math.round(image.getWidth() * scale);
        int viewH = (int) Math.round(image.getHeight() * scale);
        int viewX = (getWidth() - viewW) / 2;
        int viewY = (getHeight() - viewH) / 2;
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                scale < 1 ? RenderingHints.VALUE_INTERPOLATION_BILINEAR
                        : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g2.drawImage(image, viewX, viewY, viewW, viewH, null);
    }

    private void paintCentredText(Graphics2D g2, String text, Color color) {
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setColor(color == null ? Color.RED.darker() : color);
        FontMetrics metrics = g2.getFontMetrics();
        int x = Math.max(8, (getWidth() - metrics.stringWidth(text)) / 2);
        g2.drawString(text, x, getHeight() / 2);
    }

    private void paintBusy(Graphics2D g2) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setColor(new Color(0, 0, 0, 140));
        g2.fillRoundRect(getWidth() - 96, 8, 88, 24, 12, 12);
        g2.setColor(Color.WHITE);
        g2.drawString("Loading…", getWidth() - 84, 25);
    }
}
