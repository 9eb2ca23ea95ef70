package dev.labelj.ui.canvas;

import dev.labelj.image.DecodedImage;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.VolatileImage;

/**
 * The picture under the boxes. At the fit zoom the pipeline's fitted copy is painted 1:1 (fast); at any other
 * zoom a heap copy of the display pixels is painted through the view transform, nearest-neighbour when zoomed
 * in (pixels stay crisp for placing edges) and smooth when zoomed out. The heap copy of natively held pixels is
 * made off the EDT by the caller ({@link #needsDetailCopy}, {@link #setDetailCopy}); until it arrives the fitted
 * copy is stretched.
 *
 * <p>At the fit zoom a display copy made ahead ({@link ScreenCopies}) is painted in place of the fitted copy when
 * there is one for the image and its size: the same pixels, already on the display's side.
 *
 * <p>With a brightness or contrast {@link ImageAdjustment} only the part of the source pixels the view can show
 * is adjusted, once, and kept until the adjustment, the image or the visible part changes: repaints for boxes,
 * hovering and selection cost no more than without an adjustment.
 */
final class CanvasPicture {
    private final ScreenCopies copies;
    private DecodedImage decoded;
    /** The one heap image fitted copies are copied into, so browsing leaves no per-image arrays behind. */
    private BufferedImage screen;
    private BufferedImage fitted;
    private BufferedImage detail;
    private int imageWidth;
    private int imageHeight;
    private ImageAdjustment adjustment = ImageAdjustment.NONE;
    /** Counts changes of the pixels behind {@link #fitted} and {@link #detail} (the fitted buffer is reused). */
    private long generation;
    private Adjusted adjusted;
    /** A buffer for the next adjusted pixels (those of the image shown before), so browsing allocates none. */
    private BufferedImage spare;

    /** The adjusted copy of {@code region} of {@code source} as it was at {@code generation}. */
    private record Adjusted(BufferedImage source, long generation, ImageAdjustment adjustment, Rectangle region,
            BufferedImage image) {
        boolean serves(BufferedImage wantedSource, long wantedGeneration, ImageAdjustment wanted, Rectangle part) {
            return source == wantedSource && generation == wantedGeneration && adjustment.equals(wanted)
                    && region.equals(part);
        }
    }

    /** A picture with no display copies made ahead (tests). */
    CanvasPicture() {
        this(new ScreenCopies());
    }

    /** {@code copies}: the display's copies of fitted pictures, painted in place of the heap copy when there is one. */
    CanvasPicture(ScreenCopies copies) {
        this.copies = copies;
    }

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
        pixelsChanged();
        imageWidth = image.width();
        imageHeight = image.height();
        return true;
    }

    /** Shows a plain heap image as the full-resolution picture (tests, previews). */
    void show(BufferedImage image) {
        decoded = null;
        fitted = null;
        detail = image;
        pixelsChanged();
        imageWidth = image.getWidth();
        imageHeight = image.getHeight();
    }

    void clear() {
        decoded = null;
        fitted = null;
        detail = null;
        pixelsChanged();
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
     * pipeline's fit ({@code FitSize}) is rounded to whole pixels, and a copy made for a view a few pixels smaller
     * (a resize not re-fitted yet) is as sharp. Without this slack such an image would ask for a 12 MB detail copy
     * and be painted from it, scaled smoothly, a second time.
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

    /**
     * The sharpest pixels held for the image rectangle ({@code imageLeft}, {@code imageTop}, {@code imageSpanX},
     * {@code imageSpanY}), clipped to the picture and adjusted as the view is: the display copy (full resolution
     * unless the image is huge, or the full decode has not arrived yet), never the fitted copy when there is
     * another. Null when none of the rectangle is inside the picture or its pixels were freed.
     */
    PixelPatch patch(double imageLeft, double imageTop, double imageSpanX, double imageSpanY) {
        if (isEmpty()) {
            return null;
        }
        BufferedImage heap = detail != null ? detail : decoded == null ? fitted : null;
        double perImageX = heap != null ? (double) heap.getWidth() / imageWidth : decoded.displayScaleX();
        double perImageY = heap != null ? (double) heap.getHeight() / imageHeight : decoded.displayScaleY();
        int x = (int) Math.floor(imageLeft * perImageX);
        int y = (int) Math.floor(imageTop * perImageY);
        int w = (int) Math.ceil((imageLeft + imageSpanX) * perImageX) - x + 1;
        int h = (int) Math.ceil((imageTop + imageSpanY) * perImageY) - y + 1;
        BufferedImage part = heap != null ? cut(heap, x, y, w, h) : decoded.region(x, y, w, h);
        if (part == null) {
            return null;
        }
        if (!adjustment.isNone()) {
            part = adjustment.apply(part, 0, 0, part.getWidth(), part.getHeight(), null);
        }
        return new PixelPatch(part, Math.max(0, x) / perImageX, Math.max(0, y) / perImageY, 1 / perImageX,
                1 / perImageY);
    }

    private static BufferedImage cut(BufferedImage source, int x, int y, int w, int h) {
        Rectangle part = new Rectangle(x, y, w, h).intersection(new Rectangle(source.getWidth(), source.getHeight()));
        return part.isEmpty() ? null : source.getSubimage(part.x, part.y, part.width, part.height);
    }

    /** The heap copy of {@code image}'s display pixels, made off the EDT; ignored if another image is shown. */
    void setDetailCopy(DecodedImage image, BufferedImage copy) {
        if (image == decoded) {
            detail = copy;
            pixelsChanged();
        }
    }

    private void pixelsChanged() {
        generation++;
        if (adjusted != null) {
            spare = adjusted.image();
            adjusted = null;
        }
    }

    void setAdjustment(ImageAdjustment wanted) {
        adjustment = wanted;
        if (wanted.isNone()) {
            adjusted = null;
            spare = null;
        }
    }

    ImageAdjustment adjustment() {
        return adjustment;
    }

    /** The adjusted pixels painted last, or null (tests). */
    BufferedImage adjustedCopy() {
        return adjusted == null ? null : adjusted.image();
    }

    /** Paints the picture into a view {@code viewWidth} x {@code viewHeight}. */
    void paint(Graphics2D g, ViewTransform transform, int viewWidth, int viewHeight) {
        if (isEmpty()) {
            return;
        }
        if (fitsExactly(transform)) {
            int x = (int) Math.round(transform.offsetX());
            int y = (int) Math.round(transform.offsetY());
            if (adjustment.isNone()) {
                VolatileImage copy = decoded == null ? null : copies.copyOf(decoded, fitted.getWidth(),
                        fitted.getHeight());
                if (copy != null) {
                    g.drawImage(copy, x, y, null);
                    if (!copy.contentsLost()) {
                        return;
                    }
                }
                g.drawImage(fitted, x, y, null);
                return;
            }
            Rectangle part = visiblePart(fitted, -x, -y, 1, 1, viewWidth, viewHeight);
            if (!part.isEmpty()) {
                g.drawImage(adjustedPart(fitted, part), x + part.x, y + part.y, null);
            }
            return;
        }
        // at or below the fit zoom the fitted copy has pixels to spare and is far cheaper to scale than the detail copy
        BufferedImage source = fittedServes(transform) || detail == null ? fitted : detail;
        if (source == null) {
            return;
        }
        double scaleX = transform.scale() * imageWidth / source.getWidth();
        double scaleY = transform.scale() * imageHeight / source.getHeight();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, scaleX >= 1
                ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform place = transform.toAffine();
        place.scale((double) imageWidth / source.getWidth(), (double) imageHeight / source.getHeight());
        if (adjustment.isNone()) {
            g.drawImage(source, place, null);
            return;
        }
        Rectangle part = visiblePart(source, -transform.offsetX(), -transform.offsetY(), scaleX, scaleY, viewWidth,
                viewHeight);
        if (!part.isEmpty()) {
            place.translate(part.x, part.y);
            g.drawImage(adjustedPart(source, part), place, null);
        }
    }

    /**
     * The source pixels a view shows, one pixel more each side for smooth scaling: source pixel {@code sx} is
     * at view x {@code sx * scaleX - fromX}.
     */
    private static Rectangle visiblePart(BufferedImage source, double fromX, double fromY, double scaleX,
            double scaleY, int viewWidth, int viewHeight) {
        int x0 = (int) Math.floor(fromX / scaleX) - 1;
        int y0 = (int) Math.floor(fromY / scaleY) - 1;
        int x1 = (int) Math.ceil((fromX + viewWidth) / scaleX) + 1;
        int y1 = (int) Math.ceil((fromY + viewHeight) / scaleY) + 1;
        return new Rectangle(x0, y0, x1 - x0, y1 - y0)
                .intersection(new Rectangle(0, 0, source.getWidth(), source.getHeight()));
    }

    private BufferedImage adjustedPart(BufferedImage source, Rectangle part) {
        if (adjusted == null || !adjusted.serves(source, generation, adjustment, part)) {
            // the last adjusted pixels are painted no more: their buffer takes the new ones
            BufferedImage reuse = adjusted == null ? spare : adjusted.image();
            adjusted = new Adjusted(source, generation, adjustment, part,
                    adjustment.apply(source, part.x, part.y, part.width, part.height, reuse));
        }
        return adjusted.image();
    }

    private boolean fitsExactly(ViewTransform transform) {
        return fitted != null && Math.abs(fitted.getWidth() - imageWidth * transform.scale()) < 1.0
                && Math.abs(fitted.getHeight() - imageHeight * transform.scale()) < 1.0;
    }
}
