package dev.labelj.bench;

import dev.labelj.model.Box;
import dev.labelj.ui.canvas.BoxPainter;
import dev.labelj.ui.canvas.ViewTransform;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;

/**
 * Frame time of the canvas paint: a 4000x3000 (12 MP) image and 500 boxes drawn into a 1600x1000 view at fit
 * and at 400 %, the way the canvas paints (image through the transform, then boxes in screen pixels).
 * Run: {@code java -cp target/classes:target/test-classes dev.labelj.bench.PaintBench}.
 */
public final class PaintBench {
    private static final int WARMUPS = 40;
    private static final int RUNS = 200;
    private static final int VIEW_W = 1600;
    private static final int VIEW_H = 1000;
    private static final int IMAGE_W = 4000;
    private static final int IMAGE_H = 3000;

    private PaintBench() {
    }

    public static void main(String[] args) throws Exception {
        BufferedImage photo = photo();
        List<Box> boxes = boxes(500, new Random(42));
        IntPredicate selected = i -> i % 100 == 7;
        BufferedImage view = new BufferedImage(VIEW_W, VIEW_H, BufferedImage.TYPE_INT_RGB);
        ViewTransform fit = ViewTransform.fit(IMAGE_W, IMAGE_H, VIEW_W, VIEW_H);
        ViewTransform zoomed = ViewTransform.centred(4, IMAGE_W, IMAGE_H, VIEW_W, VIEW_H);
        BufferedImage fitted = scaled(photo, fit);
        BoxPainter plain = new BoxPainter(BoxPainter.Style.DEFAULT);
        BoxPainter labelled = new BoxPainter(BoxPainter.Style.DEFAULT.withShowLabels(true));

        Table table = new Table();
        table.add("fit: display copy 1333x1000 + 500 boxes", Samples.time(WARMUPS, RUNS,
                () -> frame(view, fitted, ViewTransform.IDENTITY.panned(fit.offsetX(), fit.offsetY()), false,
                        fit, plain, boxes, selected)), "");
        table.add("fit: display copy + 500 boxes with label tabs", Samples.time(WARMUPS, RUNS,
                () -> frame(view, fitted, ViewTransform.IDENTITY.panned(fit.offsetX(), fit.offsetY()), false,
                        fit, labelled, boxes, selected)), "");
        table.add("fit: full 12 MP scaled bilinear + 500 boxes", Samples.time(5, 30,
                () -> frame(view, photo, fit, true, fit, plain, boxes, selected)), "");
        table.add("400 %: 12 MP nearest-neighbour + 500 boxes (clip-culled)", Samples.time(WARMUPS, RUNS,
                () -> frame(view, photo, zoomed, false, zoomed, plain, boxes, selected)), "");
        table.add("boxes only at fit (500)", Samples.time(WARMUPS, RUNS,
                () -> boxesOnly(view, fit, plain, boxes, selected)), "");
        table.print(System.out);
    }

    private static void frame(BufferedImage view, BufferedImage image, ViewTransform imageTransform, boolean smooth,
                              ViewTransform boxTransform, BoxPainter painter, List<Box> boxes, IntPredicate selected) {
        Graphics2D g = view.createGraphics();
        try {
            g.setColor(Color.DARK_GRAY);
            g.fillRect(0, 0, VIEW_W, VIEW_H);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, smooth
                    ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, imageTransform.toAffine(), null);
            g.setClip(0, 0, VIEW_W, VIEW_H);
            painter.paintBoxes(g, boxTransform, boxes, i -> true, selected, 3);
        } finally {
            g.dispose();
        }
    }

    private static void boxesOnly(BufferedImage view, ViewTransform transform, BoxPainter painter, List<Box> boxes,
                                  IntPredicate selected) {
        Graphics2D g = view.createGraphics();
        try {
            g.setClip(0, 0, VIEW_W, VIEW_H);
            painter.paintBoxes(g, transform, boxes, i -> true, selected, 3);
        } finally {
            g.dispose();
        }
    }

    /** A photo-like image: gradients and noise, so nothing is a flat fast path. */
    private static BufferedImage photo() {
        BufferedImage photo = new BufferedImage(IMAGE_W, IMAGE_H, BufferedImage.TYPE_3BYTE_BGR);
        Random random = new Random(7);
        int[] row = new int[IMAGE_W];
        for (int y = 0; y < IMAGE_H; y++) {
            for (int x = 0; x < IMAGE_W; x++) {
                int noise = random.nextInt(32);
                row[x] = ((x * 255 / IMAGE_W) << 16) | ((y * 255 / IMAGE_H) << 8) | (128 + noise);
            }
            photo.setRGB(0, y, IMAGE_W, 1, row, 0, IMAGE_W);
        }
        return photo;
    }

    private static BufferedImage scaled(BufferedImage photo, ViewTransform fit) {
        int w = (int) Math.round(IMAGE_W * fit.scale());
        int h = (int) Math.round(IMAGE_H * fit.scale());
        BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(photo, 0, 0, w, h, null);
        g.dispose();
        return copy;
    }

    private static List<Box> boxes(int count, Random random) {
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double w = 20 + random.nextInt(380);
            double h = 20 + random.nextInt(380);
            double x = random.nextDouble() * (IMAGE_W - w);
            double y = random.nextDouble() * (IMAGE_H - h);
            boxes.add(Box.of("class_" + random.nextInt(20), x, y, x + w, y + h));
        }
        return boxes;
    }
}
