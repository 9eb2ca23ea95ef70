package dev.labelj.ui.canvas;

import java.awt.BorderLayout;
import javax.swing.JPanel;
import javax.swing.JScrollBar;

/**
 * The canvas with scroll bars that show and move the visible part of a zoomed image. The bars follow the
 * canvas's view transform and set it back when dragged; a bar is shown only while the image is larger than
 * the view along its axis.
 */
public final class CanvasScrollBars extends JPanel {
    private final BoxCanvas canvas;
    private final JScrollBar horizontal = new JScrollBar(JScrollBar.HORIZONTAL);
    private final JScrollBar vertical = new JScrollBar(JScrollBar.VERTICAL);
    private boolean following;

    public CanvasScrollBars(BoxCanvas canvas) {
        super(new BorderLayout());
        this.canvas = canvas;
        horizontal.setName("canvasScrollX");
        vertical.setName("canvasScrollY");
        add(canvas, BorderLayout.CENTER);
        add(horizontal, BorderLayout.SOUTH);
        add(vertical, BorderLayout.EAST);
        horizontal.setVisible(false);
        vertical.setVisible(false);
        horizontal.setUnitIncrement(24);
        vertical.setUnitIncrement(24);
        canvas.addViewListener(this::follow);
        horizontal.addAdjustmentListener(e -> scrolled());
        vertical.addAdjustmentListener(e -> scrolled());
    }

    private void follow(ViewTransform transform) {
        following = true;
        try {
            set(horizontal, canvas.imageWidth() * transform.scale(), canvas.getWidth(), -transform.offsetX());
            set(vertical, canvas.imageHeight() * transform.scale(), canvas.getHeight(), -transform.offsetY());
        } finally {
            following = false;
        }
    }

    private static void set(JScrollBar bar, double extentOfImage, int view, double position) {
        boolean needed = extentOfImage > view + 1;
        if (needed) {
            int max = (int) Math.ceil(extentOfImage);
            bar.setValues((int) Math.round(Math.max(0, Math.min(position, max - view))), view, 0, max);
            bar.setBlockIncrement(Math.max(1, view * 9 / 10));
        }
        if (bar.isVisible() != needed) {
            bar.setVisible(needed);
            bar.getParent().revalidate();
        }
    }

    private void scrolled() {
        if (following) {
            return;
        }
        ViewTransform now = canvas.transform();
        double dx = horizontal.isVisible() ? -horizontal.getValue() - now.offsetX() : 0;
        double dy = vertical.isVisible() ? -vertical.getValue() - now.offsetY() : 0;
        if (Math.abs(dx) >= 0.5 || Math.abs(dy) >= 0.5) {
            canvas.pan(dx, dy);
        }
    }
}
