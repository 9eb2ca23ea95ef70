package dev.labelj.ui.panels;

import dev.labelj.model.AnnotationStatus;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.Icon;

/**
 * The mark beside a file name: an empty ring (no label yet), a blue dot (labelled), a green dot with a
 * tick (verified), an amber dot (a model's proposals wait for review), a red dot (annotation cannot be
 * read), a faint ring while still unknown.
 */
final class StatusIcon implements Icon {
    private static final int SIZE = 12;
    private final AnnotationStatus status;

    StatusIcon(AnnotationStatus status) {
        this.status = status;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.translate(x, y);
            if (status == null || status == AnnotationStatus.NO_LABEL) {
                g2.setColor(status == null ? new Color(0, 0, 0, 40) : new Color(130, 130, 130));
                g2.setStroke(new BasicStroke(1.5f));
                g2.drawOval(2, 2, SIZE - 4, SIZE - 4);
                return;
            }
            g2.setColor(colour());
            g2.fillOval(1, 1, SIZE - 2, SIZE - 2);
            if (status == AnnotationStatus.VERIFIED) {
                g2.setColor(Color.WHITE);
                g2.setStroke(new BasicStroke(1.6f));
                g2.drawPolyline(new int[] {3, 5, 9}, new int[] {6, 8, 4}, 3);
            }
        } finally {
            g2.dispose();
        }
    }

    private Color colour() {
        return switch (status) {
            case LABELLED -> new Color(52, 120, 220);
            case VERIFIED -> new Color(46, 160, 67);
            case PROPOSED -> new Color(230, 150, 20);
            default -> new Color(210, 50, 50);
        };
    }

    @Override
    public int getIconWidth() {
        return SIZE;
    }

    @Override
    public int getIconHeight() {
        return SIZE;
    }
}
