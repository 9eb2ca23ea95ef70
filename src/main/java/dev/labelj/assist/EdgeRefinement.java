package dev.labelj.assist;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Settles the edges of a box found on a small copy using a copy a few times larger: only the pixels in a band
 * around each edge are judged, by the colour models GrabCut learned, so the box gets the larger copy's precision
 * for a fraction of what GrabCut there would cost. The judged pixels are opened with a 3x3 square, so lone noisy
 * pixels that happen to match the object's colours do not move an edge while the rim of a round object stays;
 * the edge is then the outermost column (row) of the band with object pixels left.
 */
final class EdgeRefinement {
    private static final Mat SQUARE = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3));

    private EdgeRefinement() {
    }

    /**
     * {@code coarse}: the object's box in {@code bgr}'s pixels, good to {@code band} pixels; {@code limit}: where the
     * object may be (the user's box). Returns the settled box, or {@code coarse} along an edge with no support.
     */
    static PixelRect refine(Mat bgr, PixelRect coarse, PixelRect limit, int band, ColourModels models) {
        PixelRect region = new PixelRect(coarse.x - band, coarse.y - band, coarse.width + 2 * band,
                coarse.height + 2 * band).intersection(limit).intersection(new PixelRect(0, 0, bgr.cols(), bgr.rows()));
        if (region.isEmpty()) {
            return coarse;
        }
        PixelRect inner = new PixelRect(coarse.x + band, coarse.y + band, coarse.width - 2 * band,
                coarse.height - 2 * band);
        byte[] object = opened(judged(bgr, region, inner, models), region);
        int[] perColumn = new int[region.width];
        int[] perRow = new int[region.height];
        for (int y = 0; y < region.height; y++) {
            for (int x = 0; x < region.width; x++) {
                if (object[y * region.width + x] != 0) {
                    perColumn[x]++;
                    perRow[y]++;
                }
            }
        }
        int left = region.x + first(perColumn, coarse.x - region.x, band);
        int right = region.x + last(perColumn, coarse.x + coarse.width - region.x, band);
        int top = region.y + first(perRow, coarse.y - region.y, band);
        int bottom = region.y + last(perRow, coarse.y + coarse.height - region.y, band);
        return new PixelRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    /** 1 where a pixel of the region looks like the object; the inner part, never judged, counts as object. */
    private static byte[] judged(Mat bgr, PixelRect region, PixelRect inner, ColourModels models) {
        byte[] pixels = new byte[region.width * region.height * 3];
        Mat part = bgr.submat(region.y, region.y + region.height, region.x, region.x + region.width).clone();
        part.get(0, 0, pixels);
        part.release();
        byte[] object = new byte[region.width * region.height];
        for (int y = 0; y < region.height; y++) {
            for (int x = 0; x < region.width; x++) {
                int at = y * region.width + x;
                boolean isObject = inner.contains(region.x + x, region.y + y) || models.isObject(
                        pixels[3 * at] & 0xff, pixels[3 * at + 1] & 0xff, pixels[3 * at + 2] & 0xff);
                object[at] = (byte) (isObject ? 1 : 0);
            }
        }
        return object;
    }

    private static byte[] opened(byte[] object, PixelRect region) {
        Mat mask = new Mat(region.height, region.width, CvType.CV_8UC1);
        try {
            mask.put(0, 0, object);
            Imgproc.morphologyEx(mask, mask, Imgproc.MORPH_OPEN, SQUARE);
            byte[] opened = new byte[object.length];
            mask.get(0, 0, opened);
            return opened;
        } finally {
            mask.release();
        }
    }

    /** The first index within {@code band} of {@code edge} with object pixels (an inclusive start), else {@code edge}. */
    private static int first(int[] counts, int edge, int band) {
        for (int i = Math.max(0, edge - band); i < Math.min(counts.length, edge + band); i++) {
            if (counts[i] > 0) {
                return i;
            }
        }
        return edge;
    }

    /** One past the last index within {@code band} of {@code edge} with object pixels, else {@code edge}. */
    private static int last(int[] counts, int edge, int band) {
        for (int i = Math.min(counts.length, edge + band) - 1; i >= Math.max(0, edge - band); i--) {
            if (counts[i] > 0) {
                return i + 1;
            }
        }
        return edge;
    }
}
