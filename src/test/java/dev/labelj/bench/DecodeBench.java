package dev.labelj.bench;

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
