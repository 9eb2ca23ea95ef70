package dev.labelj.bench;

import dev.labelj.document.AnnotationDocument;
import dev.labelj.document.BoxSelection;
import dev.labelj.image.DecodedImage;
import dev.labelj.image.ImageLoader;
import dev.labelj.model.Box;
import dev.labelj.model.ImageAnnotation;
import dev.labelj.model.ImageSize;
import dev.labelj.ui.canvas.BoxCanvas;
import dev.labelj.ui.canvas.BoxPainter;
import dev.labelj.ui.canvas.BoxVisibility;
import dev.labelj.ui.canvas.CanvasListener;
import dev.labelj.ui.canvas.ImageAdjustment;
import dev.labelj.ui.canvas.ViewTransform;
import dev.labelj.ui.canvas.Zoom;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * Frame time of the real canvas paint: a {@link BoxCanvas} whose document holds a 4000x3000 (12 MP) photo's
 * 500 boxes (five selected), painted into a 1600x1000 image on the EDT, at the fit zoom (the pipeline's fitted
 * copy of a reduced decode, as browsing shows it) and at 400 % (the full-resolution decode, nearest-neighbour,
 * boxes culled to the view). Run on its own: {@code java -cp target/classes:target/test-classes:...
 * dev.labelj.bench.PaintBench}, or as the {@code paint} part of the benchmark.
 */
final class PaintBench {
    private static final int WARMUPS = 40;
    private static final int RUNS = 200;
    private static final int VIEW_W = 1600;
    private static final int VIEW_H = 1000;

    private static final CanvasListener QUIET = new CanvasListener() {
        @Override
        public void boxDrawn(Box unlabelled) {
        }

        @Override
        public void editLabel(int index) {
        }

        @Override
        public void popup(Component canvas, int viewX, int viewY) {
        }
    };

    private PaintBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("labelj-paint");
        Path photo = BenchInputs.photo(work.resolve("photo.jpg"), Path.of("data/images/cat.jpg"));
        Table table = new Table();
        run(photo, table);
        table.print(System.out);
        Files.delete(photo);
        Files.delete(work);
        System.exit(0);
    }

    static void run(Path photo, Table table) throws Exception {
        DecodedImage preview = ImageLoader.loadToFit(photo, VIEW_W, VIEW_H);
        DecodedImage full = ImageLoader.load(photo, VIEW_W, VIEW_H);
        List<Box> boxes = BenchInputs.boxes(new Random(42), 500, full.width(), full.height());
        AtomicReference<BoxCanvas> made = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> made.set(canvas(photo, full, boxes)));
        BoxCanvas canvas = made.get();
        BufferedImage view = new BufferedImage(VIEW_W, VIEW_H, BufferedImage.TYPE_INT_RGB);

        onEdt(() -> canvas.imageShown(0, preview));
        table.add("paint: BoxCanvas at fit, 500 boxes, 1600x1000", timePaint(canvas, view), "");
        onEdt(() -> canvas.setStyle(BoxPainter.Style.DEFAULT.withShowLabels(true)));
        table.add("paint: same with label tabs", timePaint(canvas, view), "");
        onEdt(() -> canvas.setStyle(BoxPainter.Style.DEFAULT));
        onEdt(() -> canvas.setAdjustment(new ImageAdjustment(20, 10)));
        table.add("paint: same, brightness +20 % contrast +10 %", timePaint(canvas, view), "");
        table.add("paint: same, the adjustment changed before each paint", timeChangingPaint(canvas, view), "");
        onEdt(() -> canvas.setAdjustment(ImageAdjustment.NONE));
        drawingAids(canvas, full, view, table);

        onEdt(() -> {
            canvas.imageShown(0, full);
            canvas.setZoom(Zoom.manual(4));
        });
        Thread.sleep(2000); // the canvas makes its heap copy of the 12 MP pixels off the EDT, once
        table.add("paint: BoxCanvas at 400 %, 12 MP nearest-neighbour, 500 boxes", timePaint(canvas, view), "");
        onEdt(() -> canvas.setAdjustment(new ImageAdjustment(20, 10)));
        table.add("paint: same at 400 %, brightness +20 % contrast +10 %", timePaint(canvas, view), "");
        table.add("paint: same at 400 %, the adjustment changed before each paint", timeChangingPaint(canvas, view), "");
        onEdt(() -> canvas.setAdjustment(ImageAdjustment.NONE));

        ViewTransform fit = ViewTransform.fit(full.width(), full.height(), VIEW_W, VIEW_H);
        BoxPainter painter = new BoxPainter(BoxPainter.Style.DEFAULT);
        table.add("  of which: the 500 boxes alone at fit (BoxPainter)", Samples.time(WARMUPS, RUNS, () -> {
            Graphics2D g = view.createGraphics();
            g.setClip(0, 0, VIEW_W, VIEW_H);
            painter.paintBoxes(g, fit, boxes, i -> true, i -> i % 100 == 7, -1);
            g.dispose();
        }), "");
        inAWindow(canvas, full, table);
    }

    /**
     * The same canvas in a window on the screen, where a mouse move while drawing repaints only the strips and
     * squares the crosshair, the loupe and the draft cover (then and now), against a paint of the whole canvas;
     * each sample is one mouse move handled on the EDT with its paints and the X server sync.
     */
    private static void inAWindow(BoxCanvas canvas, DecodedImage full, Table table) throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            return;
        }
        JFrame[] frame = new JFrame[1];
        onEdt(() -> {
            frame[0] = new JFrame("paint");
            canvas.setPreferredSize(new Dimension(VIEW_W, VIEW_H));
            frame[0].add(canvas);
            frame[0].pack();
            frame[0].setVisible(true);
            canvas.imageShown(0, full);
            canvas.setZoom(Zoom.FIT_WINDOW);
            canvas.setAdjustment(ImageAdjustment.NONE);
            canvas.startDrawing();
        });
        Thread.sleep(500);
        table.add("window: draw mode, mouse moved, crosshair repainted", timeOnScreen(canvas, null), "");
        onEdt(() -> canvas.aids().setLoupe(true));
        table.add("window: same with the loupe", timeOnScreen(canvas, null), "");
        table.add("window: the whole canvas painted (what each move cost before)", timeOnScreen(canvas,
                () -> canvas.paintImmediately(0, 0, canvas.getWidth(), canvas.getHeight())), "");
        onEdt(() -> frame[0].dispose());
    }

    /** One mouse move on the EDT, or {@code instead} when given, with the X server sync after it. */
    private static Samples timeOnScreen(BoxCanvas canvas, Runnable instead) throws Exception {
        int[] step = {0};
        AtomicReference<Samples> result = new AtomicReference<>();
        Exception[] failure = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(Samples.time(WARMUPS, RUNS, () -> {
                    int viewX = 300 + step[0] % 400;
                    int viewY = 300 + step[0]++ % 300;
                    if (instead != null) {
                        instead.run();
                    } else {
                        canvas.dispatchEvent(new MouseEvent(canvas, MouseEvent.MOUSE_MOVED, System.currentTimeMillis(),
                                0, viewX, viewY, 0, false, MouseEvent.NOBUTTON));
                    }
                    Toolkit.getDefaultToolkit().sync();
                }));
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return result.get();
    }

    /**
     * Draw mode at the fit zoom, the mouse moved before each paint (as each frame of a drag is): the crosshair
     * alone, then with the loupe reading the full-resolution decode (native pixels, as the pipeline gives them
     * once the loupe asks for full detail).
     */
    private static void drawingAids(BoxCanvas canvas, DecodedImage full, BufferedImage view, Table table)
            throws Exception {
        onEdt(() -> {
            canvas.imageShown(0, full);
            canvas.setZoom(Zoom.FIT_WINDOW);
            canvas.startDrawing();
        });
        table.add("paint: at fit, draw mode, crosshair, mouse moved each frame", timeMovingPaint(canvas, view), "");
        onEdt(() -> canvas.aids().setLoupe(true));
        table.add("paint: same with the loupe (12 MP full-resolution pixels)", timeMovingPaint(canvas, view), "");
        int[] withLoupe = lastFrame(view);
        onEdt(() -> canvas.aids().setLoupe(false));
        timeMovingPaint(canvas, view);
        if (Arrays.equals(withLoupe, lastFrame(view))) {
            throw new IllegalStateException("the loupe was not painted: the frames with and without it are the same");
        }
        onEdt(() -> {
            canvas.aids().setLoupe(false);
            canvas.cancelGesture();
        });
    }

    private static int[] lastFrame(BufferedImage view) {
        return view.getRGB(0, 0, VIEW_W, VIEW_H, null, 0, VIEW_W);
    }

    /** Each sample is one mouse move over the canvas and the whole paint it causes. */
    private static Samples timeMovingPaint(BoxCanvas canvas, BufferedImage view) throws Exception {
        int[] step = {0};
        AtomicReference<Samples> result = new AtomicReference<>();
        Exception[] failure = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(Samples.time(WARMUPS, RUNS, () -> {
                    int viewX = 300 + step[0] % 400;
                    int viewY = 300 + step[0]++ % 300;
                    canvas.dispatchEvent(new MouseEvent(canvas, MouseEvent.MOUSE_MOVED, System.currentTimeMillis(), 0,
                            viewX, viewY, 0, false, MouseEvent.NOBUTTON));
                    Graphics2D g = view.createGraphics();
                    g.setClip(0, 0, VIEW_W, VIEW_H);
                    canvas.paint(g);
                    g.dispose();
                }));
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return result.get();
    }

    private static BoxCanvas canvas(Path photo, DecodedImage full, List<Box> boxes) {
        AnnotationDocument document = new AnnotationDocument();
        document.load(ImageAnnotation.of(photo, new ImageSize(full.width(), full.height(), 3), boxes));
        BoxSelection selection = new BoxSelection();
        selection.set(List.of(7, 107, 207, 307, 407));
        BoxCanvas canvas = new BoxCanvas(document, selection, new BoxVisibility(), QUIET);
        canvas.setSize(VIEW_W, VIEW_H);
        return canvas;
    }

    /** Each sample is one whole paint of the canvas, on the EDT, as Swing's repaint manager calls it. */
    private static Samples timePaint(BoxCanvas canvas, BufferedImage view) throws Exception {
        AtomicReference<Samples> result = new AtomicReference<>();
        Exception[] failure = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(Samples.time(WARMUPS, RUNS, () -> {
                    Graphics2D g = view.createGraphics();
                    g.setClip(0, 0, VIEW_W, VIEW_H);
                    canvas.paint(g);
                    g.dispose();
                }));
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return result.get();
    }

    /** Each sample is one brightness step (alternately up and down) and the whole paint it causes. */
    private static Samples timeChangingPaint(BoxCanvas canvas, BufferedImage view) throws Exception {
        int[] step = {0};
        AtomicReference<Samples> result = new AtomicReference<>();
        Exception[] failure = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(Samples.time(WARMUPS, RUNS, () -> {
                    canvas.setAdjustment(canvas.adjustment().brighter(step[0]++ % 2 == 0 ? 10 : -10));
                    Graphics2D g = view.createGraphics();
                    g.setClip(0, 0, VIEW_W, VIEW_H);
                    canvas.paint(g);
                    g.dispose();
                }));
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return result.get();
    }

    private static void onEdt(Runnable step) throws Exception {
        SwingUtilities.invokeAndWait(step);
    }
}
