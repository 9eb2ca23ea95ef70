package dev.labelj.ui.canvas;

import java.awt.BorderLayout;
import javax.swing.JPanel;
import javax.swing.JScrollBar;

/**
 * The canvas with scroll bars that show and move the visible part of a zoomed image. The bars follow the
 * canvas's view transform and set it back when dragged; a bar is shown only while the image is larger than
 * the view along its axis. They are made the first time one is needed: the window's first scroll bars cost
 * about 15 ms cold, and most starts show a fitted image (docs/adr/0176).
 */
public final class CanvasScrollBars extends JPanel {
    private final BoxCanvas canvas;
    /** Null until a bar is first needed. */
    private JScrollBar horizontal;
    private JScrollBar vertical;
    private boolean following;

    public CanvasScrollBars(BoxCanvas canvas) {
        super(new BorderLayout());
        this.canvas = canvas;
        add(canvas, BorderLayout.CENTER);
        canvas.addViewListener(this::follow);
    }

    private void follow(ViewTransform transform) {
        double width = canvas.imageWidth() * transform.scale();
        double height = canvas.imageHeight() * transform.scale();
        if (horizontal == null && !needed(width, canvas.getWidth()) && !needed(height, canvas.getHeight())) {
            return;
        }
        makeBars();
        following = true;
        try {
            set(horizontal, width, canvas.getWidth(), -transform.offsetX());
            set(vertical, height, canvas.getHeight(), -transform.offsetY());
        } finally {
            following = false;
        }
    }

    private void makeBars() {
        if (horizontal != null) {
            return;
        }
        horizontal = bar(JScrollBar.HORIZONTAL, "canvasScrollX");
        vertical = bar(JScrollBar.VERTICAL, "canvasScrollY");
        add(horizontal, BorderLayout.SOUTH);
        add(vertical, BorderLayout.EAST);
    }

    private JScrollBar bar(int orientation, String name) {
        JScrollBar bar = new JScrollBar(orientation);
        bar.setName(name);
        // a click on a bar leaves the focus where it was: its own arrow keys would scroll instead of nudging boxes
        bar.setFocusable(false);
        bar.setVisible(false);
        bar.setUnitIncrement(24);
        bar.addAdjustmentListener(e -> scrolled());
        return bar;
    }

    private static boolean needed(double extentOfImage, int view) {
        return extentOfImage > view + 1;
    }

    private static void set(JScrollBar bar, double extentOfImage, int view, double position) {
        boolean needed = needed(extentOfImage, view);
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
