package dev.labelj.assist;

import dev.labelj.model.Box;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated video: a textured background of blotches, and a striped, spotted object moving across it by a fixed
 * step per frame, each frame with its own sensor-like noise. Knows where the object is in every frame.
 */
public final class MovingFrames {
    public final List<BufferedImage> frames = new ArrayList<>();
    public final List<Box> truth = new ArrayList<>();

    /** {@code count} frames; the object of {@code w} x {@code h} starts at (x, y) and moves (dx, dy) a frame. */
    public MovingFrames(int width, int height, int count, int x, int y, int w, int h, int dx, int dy) {
        BufferedImage background = background(width, height, new Random(7));
        BufferedImage object = object(w, h);
        Random noise = new Random(11);
        for (int i = 0; i < count; i++) {
            BufferedImage frame = copy(background);
            Graphics2D g = frame.createGraphics();
            g.drawImage(object, x + i * dx, y + i * dy, null);
            g.dispose();
            addNoise(frame, noise);
            frames.add(frame);
            truth.add(Box.of("ball", x + i * dx, y + i * dy, x + i * dx + w, y + i * dy + h));
        }
    }

    /** One frame of the same scene with the object drawn at {@code w} x {@code h} (nearer or further away). */
    public static BufferedImage still(int width, int height, int x, int y, int w, int h) {
        BufferedImage frame = background(width, height, new Random(7));
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(object(80, 60), x, y, w, h, null);
        g.dispose();
        return frame;
    }

    /** This frame with the object painted over by the background: it has left the scene. */
    public BufferedImage without(int frame) {
        BufferedImage empty = copy(frames.get(frame));
        Box where = truth.get(frame);
        BufferedImage background = background(empty.getWidth(), empty.getHeight(), new Random(7));
        Graphics2D g = empty.createGraphics();
        int x = (int) where.left();
        int y = (int) where.top();
        int w = (int) (where.right() - where.left());
        int h = (int) (where.bottom() - where.top());
        g.drawImage(background.getSubimage(x, y, w, h), x, y, null);
        g.dispose();
        return empty;
    }

    private static BufferedImage background(int width, int height, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(120, 130, 110));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < width * height / 600; i++) {
            int v = 90 + random.nextInt(80);
            g.setColor(new Color(v, v + random.nextInt(20), v - random.nextInt(20)));
            g.fillOval(random.nextInt(width), random.nextInt(height), 6 + random.nextInt(24), 6 + random.nextInt(24));
        }
        g.dispose();
        return image;
    }

    private static BufferedImage object(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(210, 60, 40));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(250, 220, 40));
        for (int stripe = 0; stripe < w; stripe += 12) {
            g.fillRect(stripe, 0, 5, h);
        }
        g.setColor(new Color(30, 40, 160));
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.setColor(Color.WHITE);
        g.fillRect(w / 2 - 3, h / 2 - 3, 6, 6);
        g.dispose();
        return image;
    }

    private static BufferedImage copy(BufferedImage source) {
        BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = copy.createGraphics();
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return copy;
    }

    private static void addNoise(BufferedImage frame, Random random) {
        byte[] pixels = ((java.awt.image.DataBufferByte) frame.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int v = (pixels[i] & 0xFF) + random.nextInt(9) - 4;
            pixels[i] = (byte) Math.max(0, Math.min(255, v));
        }
    }
}
