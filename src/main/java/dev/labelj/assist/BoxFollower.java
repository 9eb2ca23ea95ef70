package dev.labelj.assist;

import dev.labelj.image.OpenCv;
import dev.labelj.model.Box;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.tracking.TrackerCSRT;

/**
 * Track to Next Image (docs/adr/0165-following-boxes-across-frames.md): one box of a frame found again in the next
 * frame. OpenCV's CSRT tracker, started on this frame and run once on the next, finds it roughly: both work on
 * the same crop of the frames, the box grown by {@value #SEARCH_SHARE} of its longer side each way (how far an
 * object may move between frames), scaled so the box is {@value #TEMPLATE_SIDE} pixels a side, so the cost is the
 * same for a box on a 4K frame as on a thumbnail. Then the box's own pixels settle where it is to a fraction of a
 * pixel (template matching on a finer copy around the tracker's answer), since an error of one scaled pixel on
 * every frame would add up over a run. What the tracker reports is checked against the box's pixels, since a
 * tracker keeps answering when its object is gone, and the size it reports is kept only where it looks more like
 * the box than the box's own size does. Headless: the window calls it on a worker.
 */
public final class BoxFollower {
    /** How far around the box the next frame is searched, as a share of the box's longer side. */
    static final double SEARCH_SHARE = 0.75;
    /** The longest side of the box as the tracker sees it. */
    static final int TEMPLATE_SIDE = 64;
    /** The longest side of the box as it is settled by template matching. */
    static final int REFINE_SIDE = 192;
    /** Below this likeness the box found is not the box that was followed. */
    static final double MIN_SCORE = 0.5;
    private static final int MIN_SIDE = 4;

    private BoxFollower() {
    }

    /** Where the tracker put the box, in frame pixels, how alike it looks, and whether it kept the box's size. */
    private record Found(double x, double y, double width, double height, double score, boolean sameSize) {
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
        OpenCv.ready();
        double factor = Math.min(1.0, (double) TEMPLATE_SIDE / Math.max(inFrame.width, inFrame.height));
        Optional<Found> tracked = track(from, to, inFrame, frame, factor);
        if (tracked.isEmpty() || tracked.get().score() < MIN_SCORE) {
            return new Following(Following.Outcome.LOST, box, tracked.map(Found::score).orElse(0.0));
        }
        Found found = tracked.get();
        if (!found.sameSize()) {
            return new Following(Following.Outcome.FOLLOWED, scaled(box, inFrame, found, frame), found.score());
        }
        int slack = (int) Math.ceil(1.5 / factor) + 2;
        Shift rough = new Shift(found.x() - inFrame.x, found.y() - inFrame.y, found.score());
        Shift shift = settle(from, to, inFrame, frame, rough, slack).orElse(rough);
        return new Following(Following.Outcome.FOLLOWED, box.withCorners(Math.max(0, box.left() + shift.dx()),
                Math.max(0, box.top() + shift.dy()), Math.min(frame.width, box.right() + shift.dx()),
                Math.min(frame.height, box.bottom() + shift.dy())), Math.max(found.score(), shift.score()));
    }

    /** How far the box moved, in frame pixels, and how alike it looks there. */
    private record Shift(double dx, double dy, double score) {
    }

    /** The tracker's answer on the scaled crop, in frame pixels; empty when it lost the box or ran off the crop. */
    private static Optional<Found> track(BufferedImage from, BufferedImage to, PixelRect inFrame, PixelRect frame,
            double factor) {
        int margin = (int) Math.ceil(SEARCH_SHARE * Math.max(inFrame.width, inFrame.height));
        PixelRect crop = new PixelRect(inFrame.x - margin, inFrame.y - margin, inFrame.width + 2 * margin,
                inFrame.height + 2 * margin).intersection(frame);
        Mat before = CropPixels.scaledBgr(from, crop, factor);
        Mat after = CropPixels.scaledBgr(to, crop, factor);
        try {
            Rect start = new Rect((int) Math.round((inFrame.x - crop.x) * factor),
                    (int) Math.round((inFrame.y - crop.y) * factor),
                    Math.max(MIN_SIDE, (int) Math.round(inFrame.width * factor)),
                    Math.max(MIN_SIDE, (int) Math.round(inFrame.height * factor)));
            clip(start, before.cols(), before.rows());
            Rect found = new Rect();
            TrackerCSRT tracker = TrackerCSRT.create();
            tracker.init(before, start);
            if (!tracker.update(after, found)) {
                return Optional.empty();
            }
            Rect inside = found.clone();
            clip(inside, after.cols(), after.rows());
            if (inside.width < Math.max(2, found.width / 2) || inside.height < Math.max(2, found.height / 2)) {
                return Optional.empty();
            }
            // the tracker's size against the box's own size at the tracker's centre: the one that looks more alike
            Rect sameSize = new Rect(found.x + (found.width - start.width) / 2,
                    found.y + (found.height - start.height) / 2, start.width, start.height);
            clip(sameSize, after.cols(), after.rows());
            double scaledScore = likeness(before, start, after, inside);
            double sameScore = sameSize.width > 1 && sameSize.height > 1 ? likeness(before, start, after, sameSize) : 0;
            Rect chosen = sameScore >= scaledScore ? sameSize : inside;
            return Optional.of(new Found(crop.x + chosen.x / factor, crop.y + chosen.y / factor,
                    chosen.width / factor, chosen.height / factor, Math.max(sameScore, scaledScore),
                    sameScore >= scaledScore));
        } finally {
            before.release();
            after.release();
        }
    }

    /**
     * The box's pixels matched in the next frame within {@code slack} pixels of the tracker's answer, on a copy
     * scaled to {@value #REFINE_SIDE} pixels a side, the best place interpolated between copy pixels. Where the box
     * touches the frame's edge its pixels there are left out of the match, so it can move out of the frame.
     */
    private static Optional<Shift> settle(BufferedImage from, BufferedImage to, PixelRect inFrame, PixelRect frame,
            Shift rough, int slack) {
        PixelRect own = awayFromEdges(inFrame, frame, slack);
        if (own.width < 2 * MIN_SIDE || own.height < 2 * MIN_SIDE) {
            return Optional.empty();
        }
        double fine = Math.min(1.0, (double) REFINE_SIDE / Math.max(own.width, own.height));
        PixelRect search = new PixelRect((int) Math.floor(own.x + rough.dx()) - slack,
                (int) Math.floor(own.y + rough.dy()) - slack, own.width + 2 * slack, own.height + 2 * slack)
                .intersection(frame);
        Mat template = grey(CropPixels.scaledBgr(from, own, fine));
        Mat area = grey(CropPixels.scaledBgr(to, search, fine));
        Mat result = new Mat();
        try {
            if (area.cols() <= template.cols() || area.rows() <= template.rows()) {
                return Optional.empty();
            }
            Imgproc.matchTemplate(area, template, result, Imgproc.TM_CCOEFF_NORMED);
            Core.MinMaxLocResult best = Core.minMaxLoc(result);
            int bx = (int) best.maxLoc.x;
            int by = (int) best.maxLoc.y;
            double x = search.x + (bx + peakOffset(result, bx, by, true)) / fine;
            double y = search.y + (by + peakOffset(result, bx, by, false)) / fine;
            return Optional.of(new Shift(x - own.x, y - own.y, Math.max(0, Math.min(1, best.maxVal))));
        } finally {
            template.release();
            area.release();
            result.release();
        }
    }

    /** The box without a band of {@code band} pixels along each side that lies within that band of the frame's edge. */
    private static PixelRect awayFromEdges(PixelRect box, PixelRect frame, int band) {
        int left = box.x < band ? band : box.x;
        int top = box.y < band ? band : box.y;
        int right = box.x + box.width > frame.width - band ? frame.width - band : box.x + box.width;
        int bottom = box.y + box.height > frame.height - band ? frame.height - band : box.y + box.height;
        return new PixelRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    /** Where a parabola through the peak and its two neighbours has its top, -0.5..0.5 (0 at the border). */
    private static double peakOffset(Mat scores, int x, int y, boolean alongX) {
        int before = alongX ? x - 1 : y - 1;
        int after = alongX ? x + 1 : y + 1;
        int limit = alongX ? scores.cols() : scores.rows();
        if (before < 0 || after >= limit) {
            return 0;
        }
        double left = alongX ? scores.get(y, before)[0] : scores.get(before, x)[0];
        double middle = scores.get(y, x)[0];
        double right = alongX ? scores.get(y, after)[0] : scores.get(after, x)[0];
        double curvature = left - 2 * middle + right;
        return curvature >= 0 ? 0 : Math.max(-0.5, Math.min(0.5, 0.5 * (left - right) / curvature));
    }

    /** The box given the tracker's new size: each corner moved with the tracked rectangle's, kept in the frame. */
    private static Box scaled(Box box, PixelRect inFrame, Found found, PixelRect frame) {
        double x0 = box.left() + (found.x() - inFrame.x);
        double y0 = box.top() + (found.y() - inFrame.y);
        double x1 = box.right() + (found.x() + found.width() - inFrame.x - inFrame.width);
        double y1 = box.bottom() + (found.y() + found.height() - inFrame.y - inFrame.height);
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
    private static double likeness(Mat before, Rect start, Mat after, Rect found) {
        Mat a = grey(before.submat(start));
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

    /** The picture in grey; the colour copy is released. */
    private static Mat grey(Mat bgr) {
        Mat grey = new Mat();
        Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
        bgr.release();
        return grey;
    }
}
