package dev.labelj.ui.canvas;

import dev.labelj.model.Box;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * The only conversion between screen (view) pixels and image pixels: {@code view = image * scale + offset}.
 * Immutable, so a zoom or pan is a new value and a paint in progress never sees half a change; every
 * mouse position goes through {@link #toImageX}/{@link #toImageY} exactly once, so boxes land where they
 * were drawn at any zoom.
 */
public record ViewTransform(double scale, double offsetX, double offsetY) {
    public static final ViewTransform IDENTITY = new ViewTransform(1, 0, 0);
    /** The share of the view a box zoomed to fills. */
    static final double BOX_FILL = 0.8;

    public ViewTransform {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number: " + scale);
        }
        if (!Double.isFinite(offsetX) || !Double.isFinite(offsetY)) {
            throw new IllegalArgumentException("offsets must be finite: " + offsetX + ", " + offsetY);
        }
    }

    /** The whole image visible and centred in the view (labelImg's Fit Window). */
    public static ViewTransform fit(double imageW, double imageH, double viewW, double viewH) {
        double scale = Math.min(viewW / imageW, viewH / imageH);
        return centred(scale, imageW, imageH, viewW, viewH);
    }

    /** The image as wide as the view, centred vertically when shorter than it, else from its top. */
    public static ViewTransform fitWidth(double imageW, double imageH, double viewW, double viewH) {
        double scale = viewW / imageW;
        return new ViewTransform(scale, 0, Math.max(0, (viewH - imageH * scale) / 2));
    }

    /** The image at {@code scale} with its centre at the view's centre (original size, a typed zoom). */
    public static ViewTransform centred(double scale, double imageW, double imageH, double viewW, double viewH) {
        return new ViewTransform(scale, (viewW - imageW * scale) / 2, (viewH - imageH * scale) / 2);
    }

    public double toViewX(double imageX) {
        return imageX * scale + offsetX;
    }

    public double toViewY(double imageY) {
        return imageY * scale + offsetY;
    }

    public double toImageX(double viewX) {
        return (viewX - offsetX) / scale;
    }

    public double toImageY(double viewY) {
        return (viewY - offsetY) / scale;
    }

    public Point2D toImage(Point2D view) {
        return new Point2D.Double(toImageX(view.getX()), toImageY(view.getY()));
    }

    public Point2D toView(Point2D image) {
        return new Point2D.Double(toViewX(image.getX()), toViewY(image.getY()));
    }

    /** The box's ordered rectangle in view pixels (a file may hold swapped corners). */
    public Rectangle2D toView(Box box) {
        return new Rectangle2D.Double(toViewX(box.left()), toViewY(box.top()),
                (box.right() - box.left()) * scale, (box.bottom() - box.top()) * scale);
    }

    /** A length in image pixels that is {@code viewPx} long on screen (grab sizes, minimum box size). */
    public double toImageLength(double viewPx) {
        return viewPx / scale;
    }

    /** The same image point stays under ({@code viewX}, {@code viewY}): zoom about the cursor. */
    public ViewTransform zoomedAbout(double newScale, double viewX, double viewY) {
        double imageX = toImageX(viewX);
        double imageY = toImageY(viewY);
        return new ViewTransform(newScale, viewX - imageX * newScale, viewY - imageY * newScale);
    }

    /** This transform, or one panned to centre the box when any of it lies outside the view. */
    public ViewTransform showing(Box box, double viewW, double viewH) {
        Rectangle2D shown = toView(box);
        if (new Rectangle2D.Double(0, 0, viewW, viewH).contains(shown)) {
            return this;
        }
        return panned(viewW / 2 - shown.getCenterX(), viewH / 2 - shown.getCenterY());
    }

    /** The box centred, filling {@value #BOX_FILL} of the view: a margin shows what is around it. */
    public static ViewTransform framing(Box box, double viewW, double viewH) {
        double width = Math.max(1, box.right() - box.left());
        double height = Math.max(1, box.bottom() - box.top());
        double scale = Zoom.manual(BOX_FILL * Math.min(viewW / width, viewH / height)).scale();
        return new ViewTransform(scale, viewW / 2 - (box.left() + box.right()) / 2 * scale,
                viewH / 2 - (box.top() + box.bottom()) / 2 * scale);
    }

    public ViewTransform panned(double dxView, double dyView) {
        return new ViewTransform(scale, offsetX + dxView, offsetY + dyView);
    }

    /**
     * This transform with the image kept on screen: centred along an axis where it is smaller than the view,
     * else panned no further than its edges, so a drag or a zoom out never leaves the image off in a corner.
     */
    public ViewTransform keptInView(double imageW, double imageH, double viewW, double viewH) {
        return new ViewTransform(scale, keep(offsetX, imageW * scale, viewW), keep(offsetY, imageH * scale, viewH));
    }

    /** For {@link java.awt.Graphics2D#drawImage(java.awt.Image, AffineTransform, java.awt.image.ImageObserver)}. */
    public AffineTransform toAffine() {
        return new AffineTransform(scale, 0, 0, scale, offsetX, offsetY);
    }

    /** The zoom in percent, as the toolbar shows it. */
    public double percent() {
        return scale * 100;
    }

    private static double keep(double offset, double extent, double view) {
        if (extent <= view) {
            return (view - extent) / 2;
        }
        return Math.max(view - extent, Math.min(0, offset));
    }
}
