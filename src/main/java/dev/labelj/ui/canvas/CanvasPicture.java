package dev.labelj.ui.canvas;

import dev.labelj.image.DecodedImage;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The picture under the boxes. At the fit zoom the pipeline's fitted copy is painted 1:1 (fast); at any other
 * zoom a heap copy of the display pixels is painted through the view transform, nearest-neighbour when zoomed
 * in (pixels stay crisp for placing edges) and smooth when zoomed out. The heap copy of natively held pixels is
 * made off the EDT by the caller ({@link #needsDetailCopy}, {@link #setDetailCopy}); until it arrives the fitted
 * copy is stretched.
 */
final class CanvasPicture {
    private DecodedImage decoded;
    /** The one heap image fitted copies are copied into, so browsing leaves no per-image arrays behind. */
    private BufferedImage screen;
    private BufferedImage fitted;
    private BufferedImage detail;
    private int imageWidth;
    private int imageHeight;

    /** Shows a decoded image; false when its pixels were already freed (the old picture stays). */
    boolean show(DecodedImage image) {
        BufferedImage heap = image.heapImage();
        if (heap == null && image.hasFitted()) {
            BufferedImage copied = image.copyFitted(screen);
            if (copied == null) {
                return false;
            }
            screen = copied;
            fitted = screen;
        } else {
            fitted = null;
        }
        if (image != decoded) {
            // another image, or a sharper decode of this one: its own pixels, copied afresh when zoomed
            detail = heap;
        }
        decoded = image;
        imageWidth = image.width();
        imageHeight = image.height();
        return true;
    }

    /** Shows a plain heap image as the full-resolution picture (tests, previews). */
    void show(BufferedImage image) {
        decoded = null;
        fitted = null;
        detail = image;
        imageWidth = image.getWidth();
        imageHeight = image.getHeight();
    }

    void clear() {
        decoded = null;
        fitted = null;
        detail = null;
        imageWidth = 0;
        imageHeight = 0;
    }

    boolean isEmpty() {
        return imageWidth == 0;
    }

    int imageWidth() {
        return imageWidth;
    }

    int imageHeight() {
        return imageHeight;
    }

    DecodedImage decoded() {
        return decoded;
    }

    /** The picture painted at the fit zoom (the fitted copy, else the display copy), or null. */
    BufferedImage shown() {
        return fitted != null ? fitted : detail;
    }

    /**
     * How many view pixels narrower than the fitted view the fitted copy may be and still count as the fit: the
     * pipeline's fit ({@code FitSize}) keeps a 1-pixel margin each side (plus rounding), the canvas fits edge to
     * edge. Without this slack every image at the fit zoom would ask for a 12 MB detail copy and be painted
     * from it, scaled smoothly, a second time.
     */
    private static final double FIT_SLACK = 3.0;

    /** True when {@code transform} shows the image larger than its fitted copy (zoomed in past the fit). */
    boolean isZoomedPastFit(ViewTransform transform) {
        return !isEmpty() && imageWidth * transform.scale() > (fitted != null ? fitted.getWidth() + 3
                : detail != null ? detail.getWidth() : imageWidth);
    }

    /** True when painting at {@code transform} would be sharper from a heap copy this picture lacks. */
    boolean needsDetailCopy(ViewTransform transform) {
        return decoded != null && detail == null && fitted != null && !fittedServes(transform);
    }

    /** True when the fitted copy has (nearly) a pixel per view pixel at this zoom: no detail copy is sharper. */
    private boolean fittedServes(ViewTransform transform) {
        return fitted != null && imageWidth * transform.scale() <= fitted.getWidth() + FIT_SLACK;
    }

    /** The heap copy of {@code image}'s display pixels, made off the EDT; ignored if another image is shown. */
    void setDetailCopy(DecodedImage image, BufferedImage copy) {
        if (image == decoded) {
            detail = copy;
        }
    }

    void paint(Graphics2D g, ViewTransform transform) {
        if (isEmpty()) {
            return;
        }
        if (fitsExactly(transform)) {
            g.drawImage(fitted, (int) Math.round(transform.offsetX()), (int) Math.round(transform.offsetY()), null);
            return;
        }
        // at or below the fit zoom the fitted copy has pixels to spare and is far cheaper to scale than the detail copy
        BufferedImage source = fittedServes(transform) || detail == null ? fitted : detail;
        if (source == null) {
            return;
        }
        double pixelScale = transform.scale() * imageWidth / source.getWidth();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, pixelScale >= 1
                ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform place = transform.toAffine();
        place.scale((double) imageWidth / source.getWidth(), (double) imageHeight / source.getHeight());
        g.drawImage(source, place, null);
    }

    private boolean fitsExactly(ViewTransform transform) {
        return fitted != null && Math.abs(fitted.getWidth() - imageWidth * transform.scale()) < 1.0
                && Math.abs(fitted.getHeight() - imageHeight * transform.scale()) < 1.0;
    }
}
