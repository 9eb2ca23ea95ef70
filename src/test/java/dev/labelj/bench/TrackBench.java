package dev.labelj.bench;

import dev.labelj.assist.BoxFollower;
import dev.labelj.assist.Following;
import dev.labelj.image.ImageLoader;
import dev.labelj.model.Box;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Track to Next Image speed (docs/adr/0165-following-boxes-across-frames.md): one box followed from a 1920x1080
 * photo to the same photo panned by (12, 8) px, for a small, a middling and a large box. The goal is 50 ms per box
 * per frame.
 */
final class TrackBench {
    private static final int WARMUPS = 10;
    private static final int RUNS = 40;

    private TrackBench() {
    }

    static void run(Path hdPhoto, Table table) throws Exception {
        BufferedImage first = ImageLoader.load(hdPhoto).image();
        BufferedImage next = new BufferedImage(first.getWidth(), first.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = next.createGraphics();
        g.drawImage(first, 12, 8, null);
        g.dispose();
        table.add("track: 60x40 box, 1920x1080 frames", time(first, next, Box.of("x", 900, 500, 960, 540)),
                "<= 50 ms");
        table.add("track: 300x200 box", time(first, next, Box.of("x", 800, 400, 1100, 600)), "<= 50 ms");
        table.add("track: 1000x700 box", time(first, next, Box.of("x", 400, 200, 1400, 900)), "<= 50 ms");
    }

    private static Samples time(BufferedImage first, BufferedImage next, Box box) throws Exception {
        return Samples.time(WARMUPS, RUNS, () -> check(BoxFollower.follow(first, next, box)));
    }

    private static void check(Following result) {
        if (!result.isFollowed()) {
            throw new IllegalStateException("lost on a panned copy of the same photo: " + result);
        }
    }
}
