package dev.labelj.bench;

import dev.labelj.image.FitSize;
import dev.labelj.image.ImageLoader;
import dev.labelj.image.OpenCv;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/** Decode of one 4000x3000 JPEG into a paintable BufferedImage: OpenCV (our path) against ImageIO. */
final class DecodeBench {
    private static final int WARMUPS = 3;
    private static final int RUNS = 15;

    private DecodeBench() {
    }

    static void run(Path jpeg, Table table) throws Exception {
        OpenCv.ready();
        table.add("decode 4000x3000 JPEG, OpenCV full (NIO read + bulk copy)",
                Samples.time(WARMUPS, RUNS, () -> ImageLoader.load(jpeg)), "65 ms (Qt, in D press)");
        coldPath(jpeg, table);
        table.add("decode 4000x3000 JPEG, ImageIO.read full (already 3BYTE_BGR)",
                Samples.time(WARMUPS, RUNS, () -> ImageIO.read(jpeg.toFile())), "");
        for (int reduction : new int[] {2, 4, 8}) {
            table.add("decode 4000x3000 JPEG, OpenCV IMREAD_REDUCED 1/" + reduction,
                    Samples.time(WARMUPS, RUNS, () -> ImageLoader.decode(jpeg, Files.readAllBytes(jpeg), reduction)),
                    "");
        }
        table.add("decode 4000x3000 JPEG, ImageIO subsampled 1/4",
                Samples.time(WARMUPS, RUNS, () -> imageIoSubsampled(jpeg, 4)), "");
        BufferedImage full = ImageLoader.load(jpeg).image();
        BufferedImage screen = GraphicsEnvironment.isHeadless()
                ? new BufferedImage(1400, 1000, BufferedImage.TYPE_INT_RGB)
                : GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                        .getDefaultConfiguration().createCompatibleImage(1400, 1000);
        table.add("paint 4000x3000 scaled to 1333x1000, bilinear (offscreen)",
                Samples.time(WARMUPS, RUNS, () -> paint(full, screen)), "");
    }

    /** Where a cold jump's time goes, step by step, for the image view's size in the benchmark window. */
    private static void coldPath(Path jpeg, Table table) throws Exception {
        int viewW = WindowBench.viewSize.width;
        int viewH = WindowBench.viewSize.height;
        FitSize fit = FitSize.of(4000, 3000, viewW, viewH);
        int reduction = ImageLoader.reductionToFit(4000, 3000, viewW, viewH);
        byte[] bytes = Files.readAllBytes(jpeg);
        MatOfByte encoded = new MatOfByte(bytes);
        Mat reduced = Imgcodecs.imdecode(encoded, reductionFlag(reduction));
        table.add("cold path: read file (NIO, 2.5 MB)", Samples.time(WARMUPS, RUNS, () -> Files.readAllBytes(jpeg)), "");
        table.add("cold path: imdecode at 1/" + reduction + " (raw OpenCV)", Samples.time(WARMUPS, RUNS,
                () -> Imgcodecs.imdecode(encoded, reductionFlag(reduction)).release()), "");
        table.add("cold path: resize to " + fit.width() + "x" + fit.height() + " INTER_AREA (raw)",
                Samples.time(WARMUPS, RUNS, () -> resized(reduced, fit, Imgproc.INTER_AREA).release()), "");
        table.add("cold path: same, INTER_LINEAR (raw; used below 2x)",
                Samples.time(WARMUPS, RUNS, () -> resized(reduced, fit, Imgproc.INTER_LINEAR).release()), "");
        table.add("cold path: loadToFit total (read, checks, decode, fitted copy)", Samples.time(WARMUPS, RUNS,
                () -> ImageLoader.loadToFit(jpeg, viewW, viewH)), "");
        reduced.release();
        encoded.release();
    }

    private static int reductionFlag(int reduction) {
        return switch (reduction) {
            case 2 -> Imgcodecs.IMREAD_REDUCED_COLOR_2;
            case 4 -> Imgcodecs.IMREAD_REDUCED_COLOR_4;
            case 8 -> Imgcodecs.IMREAD_REDUCED_COLOR_8;
            default -> Imgcodecs.IMREAD_COLOR;
        };
    }

    private static Mat resized(Mat source, FitSize fit, int interpolation) {
        Mat target = new Mat();
        Imgproc.resize(source, target, new Size(fit.width(), fit.height()), 0, 0, interpolation);
        return target;
    }

    private static BufferedImage imageIoSubsampled(Path jpeg, int step) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(jpeg.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static void paint(BufferedImage image, BufferedImage target) {
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, 1333, 1000, null);
        g.dispose();
    }
}
