package dev.labelj.bench;

import dev.labelj.assist.BoxTightener;
import dev.labelj.assist.Tightening;
import dev.labelj.image.ImageLoader;
import dev.labelj.model.Box;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Tighten Box speed (docs/adr/0155-tighten-box-with-grabcut.md) on the 4000x3000 photo: a box of most of the
 * picture (the largest crop to copy and scale down), a middling one, and a small one that needs no scaling; then
 * the whole command when the window's picture is a reduced decode and the file is decoded again first.
 */
final class TightenBench {
    private static final int WARMUPS = 3;
    private static final int RUNS = 15;

    private TightenBench() {
    }

    static void run(Path photo, Table table) throws Exception {
        BufferedImage image = ImageLoader.load(photo).image();
        int w = image.getWidth();
        int h = image.getHeight();
        Box large = Box.of("x", w * 0.1, h * 0.1, w * 0.9, h * 0.9);
        Box middling = Box.of("x", w * 0.4, h * 0.4, w * 0.6, h * 0.6);
        Box small = Box.of("x", w * 0.45, h * 0.45, w * 0.45 + 300, h * 0.45 + 220);
        table.add("tighten: box of 80% of a " + w + "x" + h + " picture", time(image, large), "<= 300 ms");
        table.add("tighten: box of 20% (" + Math.round(w * 0.2) + " px wide)", time(image, middling), "<= 300 ms");
        table.add("tighten: 300x220 box (no scaling)", time(image, small), "<= 300 ms");
        table.add("tighten: decode the JPEG again + box of 80%", Samples.time(WARMUPS, RUNS,
                () -> check(BoxTightener.tighten(ImageLoader.load(photo).image(), large))), "");
    }

    private static Samples time(BufferedImage image, Box box) throws Exception {
        return Samples.time(WARMUPS, RUNS, () -> check(BoxTightener.tighten(image, box)));
    }

    /** Keeps the result alive, so the work cannot be optimised away. */
    private static void check(Tightening result) {
        if (result.box() == null) {
            throw new IllegalStateException("no box");
        }
    }
}
