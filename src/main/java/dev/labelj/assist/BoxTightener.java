package dev.labelj.assist;

import dev.labelj.image.OpenCv;
import dev.labelj.model.Box;
import java.awt.image.BufferedImage;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Tighten Box without a model (docs/adr/0155-tighten-box-with-grabcut.md): GrabCut on the box plus a margin,
 * initialised with the box as "probably object" and the margin as "background", on a copy scaled down to at most
 * {@value #COARSE_SIDE} pixels a side, its edges then settled on a copy of at most {@value #MAX_SIDE}, so a box on a
 * 12 MP photo costs the same as one on a thumbnail. The new box is the bounding box of the foreground; it never
 * grows past the box it came from. Headless: the window calls it on a worker.
 */
public final class BoxTightener {
    /** The longest side GrabCut works on: its cost grows with the pixels, its answer hardly past this. */
    static final int MAX_SIDE = 512;
    /**
     * The longest side GrabCut itself runs on: its graph cut costs about 0.4 s a round at 512 px, 30 ms at 160.
     * The edges are then settled on the {@value #MAX_SIDE} px copy ({@link EdgeRefinement}).
     */
    static final int COARSE_SIDE = 160;
    /** GrabCut's rounds of re-learning the colours: the box hardly moves after the third. */
    static final int ITERATIONS = 3;
    /** The margin around the box, as a share of its side: the background GrabCut learns from. */
    private static final double MARGIN_SHARE = 0.15;
    private static final int MIN_MARGIN = 8;
    /** Fewer pixels a side than this inside the image and there is nothing to segment. */
    private static final int MIN_SIDE = 4;
    /** A foreground smaller than this share of the box is a speck, not the object the user boxed. */
    static final double MIN_AREA_SHARE = 0.25;

    private BoxTightener() {
    }

    /** {@code image} is the oriented image at full resolution: box and picture pixels are the same. */
    public static Tightening tighten(BufferedImage image, Box box) {
        return tighten(image, image.getWidth(), image.getHeight(), box);
    }

    /**
     * {@code picture} shows the oriented image of {@code imageWidth} x {@code imageHeight} (box pixels), maybe
     * scaled down (a reduced decode): the box is measured in the picture and the result mapped back.
     */
    public static Tightening tighten(BufferedImage picture, int imageWidth, int imageHeight, Box box) {
        double scaleX = (double) picture.getWidth() / imageWidth;
        double scaleY = (double) picture.getHeight() / imageHeight;
        PixelRect inPicture = pixelsOf(box, scaleX, scaleY, picture.getWidth(), picture.getHeight());
        if (inPicture.width < MIN_SIDE || inPicture.height < MIN_SIDE) {
            return new Tightening(Tightening.Outcome.TOO_FEW_PIXELS, box);
        }
        PixelRect crop = withMargin(inPicture, picture.getWidth(), picture.getHeight());
        OpenCv.ready();
        PixelBounds found = foregroundIn(picture, crop, inPicture);
        if (found.isEmpty()) {
            return new Tightening(Tightening.Outcome.EMPTY, box);
        }
        found = found.createIntersection(inPicture);
        if (found.width() * found.height() < MIN_AREA_SHARE * inPicture.width * inPicture.height) {
            return new Tightening(Tightening.Outcome.TOO_SMALL, box);
        }
        Box tight = box.withCorners(Math.max(box.left(), found.x() / scaleX), Math.max(box.top(), found.y() / scaleY),
                Math.min(box.right(), found.maxX() / scaleX), Math.min(box.bottom(), found.maxY() / scaleY));
        return new Tightening(Tightening.Outcome.TIGHTENED, tight);
    }

    /** The picture pixels the box covers (a pixel partly inside counts), within the picture. */
    private static PixelRect pixelsOf(Box box, double scaleX, double scaleY, int width, int height) {
        int x0 = clamp((int) Math.floor(box.left() * scaleX), width);
        int y0 = clamp((int) Math.floor(box.top() * scaleY), height);
        int x1 = clamp((int) Math.ceil(box.right() * scaleX), width);
        int y1 = clamp((int) Math.ceil(box.bottom() * scaleY), height);
        return new PixelRect(x0, y0, x1 - x0, y1 - y0);
    }

    private static int clamp(int value, int limit) {
        return Math.max(0, Math.min(limit, value));
    }

    private static PixelRect withMargin(PixelRect box, int width, int height) {
        int marginX = Math.max(MIN_MARGIN, (int) Math.round(box.width * MARGIN_SHARE));
        int marginY = Math.max(MIN_MARGIN, (int) Math.round(box.height * MARGIN_SHARE));
        PixelRect grown = new PixelRect(box.x - marginX, box.y - marginY, box.width + 2 * marginX,
                box.height + 2 * marginY);
        return grown.intersection(new PixelRect(0, 0, width, height));
    }

    /** The foreground's bounding box in picture pixels (empty when there is none). */
    private static PixelBounds foregroundIn(BufferedImage picture, PixelRect crop, PixelRect box) {
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(crop.width, crop.height));
        Mat fine = CropPixels.scaledBgr(picture, crop, factor);
        double coarseFactor = Math.min(1.0, (double) COARSE_SIDE / Math.max(fine.cols(), fine.rows()));
        Mat coarse = coarseFactor < 1 ? CropPixels.scaled(fine, coarseFactor) : fine;
        Mat mask = new Mat();
        Mat background = new Mat();
        Mat foreground = new Mat();
        try {
            Rect rect = workRect(box, crop, factor * coarseFactor, coarse.cols(), coarse.rows());
            Imgproc.grabCut(coarse, mask, rect, background, foreground, ITERATIONS, Imgproc.GC_INIT_WITH_RECT);
            PixelRect found = scaledUp(objectBounds(mask), coarseFactor);
            if (found.isEmpty()) {
                return PixelBounds.EMPTY;
            }
            if (coarseFactor < 1) {
                Rect limit = workRect(box, crop, factor, fine.cols(), fine.rows());
                // the coarse edge is good to a coarse pixel either way, plus one for the blending at the rim
                int band = 2 * (int) Math.ceil(1 / coarseFactor) + 1;
                found = EdgeRefinement.refine(fine, found, new PixelRect(limit.x, limit.y, limit.width, limit.height),
                        band, new ColourModels(foreground, background));
            }
            return inPicture(found, factor, crop);
        } finally {
            for (Mat mat : new Mat[] {fine, coarse, mask, background, foreground}) {
                mat.release();
            }
        }
    }

    /** The bounding box of GrabCut's object labels, GC_FGD (1) and GC_PR_FGD (3): bit 0 is "object". */
    private static PixelRect objectBounds(Mat mask) {
        Mat objectBit = new Mat(mask.size(), mask.type(), new Scalar(1));
        Core.bitwise_and(mask, objectBit, mask);
        objectBit.release();
        Rect found = Imgproc.boundingRect(mask);
        return new PixelRect(found.x, found.y, found.width, found.height);
    }

    /**
     * The working copy's box in picture pixels. On a scaled-down copy an edge pixel is partly object (its colour a
     * blend): the edge is put through its middle, which halves the worst error of putting it at either side.
     */
    private static PixelBounds inPicture(PixelRect found, double factor, PixelRect crop) {
        double inset = factor < 1 ? 0.5 : 0;
        double x0 = crop.x + (found.x + inset) / factor;
        double y0 = crop.y + (found.y + inset) / factor;
        double x1 = crop.x + (found.maxX() - inset) / factor;
        double y1 = crop.y + (found.maxY() - inset) / factor;
        return new PixelBounds(x0, y0, x1 - x0, y1 - y0);
    }

    /** A rectangle of a copy scaled by {@code factor}, in the pixels of the original (covering every part pixel). */
    private static PixelRect scaledUp(PixelRect r, double factor) {
        if (r.isEmpty()) {
            return new PixelRect();
        }
        int x0 = (int) Math.floor(r.x / factor);
        int y0 = (int) Math.floor(r.y / factor);
        int x1 = (int) Math.ceil(r.maxX() / factor);
        int y1 = (int) Math.ceil(r.maxY() / factor);
        return new PixelRect(x0, y0, x1 - x0, y1 - y0);
    }

    /**
     * The box inside the working copy. GrabCut needs some background: where the box fills the whole copy (it
     * fills the image), its outermost pixels are taken as background.
     */
    private static Rect workRect(PixelRect box, PixelRect crop, double factor, int cols, int rows) {
        int x0 = (int) Math.floor((box.x - crop.x) * factor);
        int y0 = (int) Math.floor((box.y - crop.y) * factor);
        int x1 = Math.min(cols, (int) Math.ceil((box.maxX() - crop.x) * factor));
        int y1 = Math.min(rows, (int) Math.ceil((box.maxY() - crop.y) * factor));
        if (x0 <= 0 && y0 <= 0 && x1 >= cols && y1 >= rows) {
            return new Rect(1, 1, cols - 2, rows - 2);
        }
        return new Rect(x0, y0, x1 - x0, y1 - y0);
    }
}
