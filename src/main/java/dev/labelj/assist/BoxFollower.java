package dev.labelj.assist;

import dev.labelj.image.OpenCv;
import dev.labelj.model.Box;
import java.awt.image.BufferedImage;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.tracking.TrackerCSRT;

/**
 * Track to Next Image (docs/adr/0165-following-boxes-across-frames.md): one box of a frame found again in the next
 * frame with OpenCV's CSRT tracker, started on this frame and run once on the next. Both work on the same crop of
 * the frames, the box grown by {@value #SEARCH_SHARE} of its longer side each way (how far an object may move
 * between frames), scaled so the box is at most {@value #TEMPLATE_SIDE} pixels a side: the cost is the same for a
 * box on a 4K frame as on a thumbnail. What the tracker reports is checked against the box's own pixels, since a
 * tracker keeps answering when its object is gone, and the size it reports is kept only where it looks more like
 * the box than the box's own size does (a size guessed a little wrong on every frame would add up over a run). Headless: the window calls it on a worker.
 */
public final class BoxFollower {
    /** How far around the box the next frame is searched, as a share of the box's longer side. */
    static final double SEARCH_SHARE = 0.75;
    /** The longest side of the box as the tracker sees it. */
    static final int TEMPLATE_SIDE = 64;
    /** Below this likeness the box found is not the box that was followed. */
    static final double MIN_SCORE = 0.5;
    private static final int MIN_SIDE = 4;

    private BoxFollower() {
    }

    /** {@code from} and {@code to}: two frames at full resolution, oriented (box pixels). */
    public static Following follow(BufferedImage from, BufferedImage to, Box box) {
        if (from.getWidth() != to.getWidth() || from.getHeight() != to.getHeight()) {
            return new Following(Following.Outcome.OTHER_SIZE, box, 0);
        }
        PixelRect frame = new PixelRect(0, 0, from.getWidth(), from.getHeight());
        PixelRect inFrame = new PixelRect((int) Math.floor(box.left()), (int) Math.floor(box.top()),
                (int) Math.ceil(box.right()) - (int) Math.floor(box.left()),
                (int) Math.ceil(box.bottom()) - (int) Math.floor(box.top())).intersection(frame);
        if (inFrame.width < MIN_SIDE || inFrame.height < MIN_SIDE) {
            return new Following(Following.Outcome.TOO_FEW_PIXELS, box, 0);
        }
        int margin = (int) Math.ceil(SEARCH_SHARE * Math.max(inFrame.width, inFrame.height));
        PixelRect crop = new PixelRect(inFrame.x - margin, inFrame.y - margin, inFrame.width + 2 * margin,
                inFrame.height + 2 * margin).intersection(frame);
        double factor = Math.min(1.0, (double) TEMPLATE_SIDE / Math.max(inFrame.width, inFrame.height));
        OpenCv.ready();
        Mat before = CropPixels.scaledBgr(from, crop, factor);
        Mat after = CropPixels.scaledBgr(to, crop, factor);
        try {
            Rect start = new Rect((int) Math.round((inFrame.x - crop.x) * factor),
                    (int) Math.round((inFrame.y - crop.y) * factor), Math.max(MIN_SIDE,
                    (int) Math.round(inFrame.width * factor)), Math.max(MIN_SIDE, (int) Math.round(inFrame.height * factor)));
            Rect found = new Rect();
            TrackerCSRT tracker = TrackerCSRT.create();
            tracker.init(before, start);
            if (!tracker.update(after, found)) {
                return new Following(Following.Outcome.LOST, box, 0);
            }
            Rect inside = found.clone();
            clip(inside, after.cols(), after.rows());
            if (inside.width < Math.max(2, found.width / 2) || inside.height < Math.max(2, found.height / 2)) {
                return new Following(Following.Outcome.LOST, box, 0);
            }
            // the tracker's size against the box's own size at the tracker's centre: the one that looks more alike
            Rect sameSize = new Rect(found.x + (found.width - start.width) / 2,
                    found.y + (found.height - start.height) / 2, start.width, start.height);
            clip(sameSize, after.cols(), after.rows());
            double scaledScore = likeness(before, start, after, inside);
            double sameScore = sameSize.width > 1 && sameSize.height > 1 ? likeness(before, start, after, sameSize) : 0;
            Rect chosen = sameScore >= scaledScore ? sameSize : inside;
            double score = Math.max(sameScore, scaledScore);
            if (score < MIN_SCORE) {
                return new Following(Following.Outcome.LOST, box, score);
            }
            return new Following(Following.Outcome.FOLLOWED, moved(box, crop, factor, start, chosen, frame), score);
        } finally {
            before.release();
            after.release();
        }
    }

    /**
     * The box moved by what the tracker found: its corners shifted by the tracked rectangle's, so the sub-pixel
     * corners the user drew keep their place on the object; then kept inside the frame.
     */
    private static Box moved(Box box, PixelRect crop, double factor, Rect start, Rect found, PixelRect frame) {
        double left = crop.x + found.x / factor;
        double top = crop.y + found.y / factor;
        double right = crop.x + (found.x + found.width) / factor;
        double bottom = crop.y + (found.y + found.height) / factor;
        double startLeft = crop.x + start.x / factor;
        double startTop = crop.y + start.y / factor;
        double startRight = crop.x + (start.x + start.width) / factor;
        double startBottom = crop.y + (start.y + start.height) / factor;
        double x0 = box.left() + (left - startLeft);
        double y0 = box.top() + (top - startTop);
        double x1 = box.right() + (right - startRight);
        double y1 = box.bottom() + (bottom - startBottom);
        return box.withCorners(Math.max(0, x0), Math.max(0, y0), Math.min(frame.width, x1),
                Math.min(frame.height, y1));
    }

    private static void clip(Rect r, int cols, int rows) {
        int x0 = Math.max(0, r.x);
        int y0 = Math.max(0, r.y);
        int x1 = Math.min(cols, r.x + r.width);
        int y1 = Math.min(rows, r.y + r.height);
        r.x = x0;
        r.y = y0;
        r.width = Math.max(0, x1 - x0);
        r.height = Math.max(0, y1 - y0);
    }

    /** Normalised cross-correlation of the two patches in grey, the second resized to the first (0 when flat). */
    static double likeness(Mat before, Rect start, Mat after, Rect found) {
        Mat a = grey(before.submat(clipped(start, before)));
        Mat b = grey(after.submat(found));
        Mat resized = new Mat();
        Mat result = new Mat();
        try {
            Imgproc.resize(b, resized, new Size(a.cols(), a.rows()), 0, 0, Imgproc.INTER_AREA);
            Imgproc.matchTemplate(resized, a, result, Imgproc.TM_CCOEFF_NORMED);
            double value = result.get(0, 0)[0];
            return Double.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0;
        } finally {
            for (Mat mat : new Mat[] {a, b, resized, result}) {
                mat.release();
            }
        }
    }

    private static Rect clipped(Rect r, Mat in) {
        Rect copy = r.clone();
        clip(copy, in.cols(), in.rows());
        return copy;
    }

    private static Mat grey(Mat bgr) {
        Mat grey = new Mat();
        Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
        return grey;
    }
}
