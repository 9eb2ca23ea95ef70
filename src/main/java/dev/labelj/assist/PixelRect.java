package dev.labelj.assist;

/**
 * A rectangle of whole pixels (left, top, width, height), for the crops and masks of Tighten Box: the headless
 * packages keep away from {@code java.awt}, whose geometry this mirrors as far as the tightening needs it.
 */
final class PixelRect {
    final int x;
    final int y;
    final int width;
    final int height;

    PixelRect() {
        this(0, 0, 0, 0);
    }

    PixelRect(int x, int y, int width, int height) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
    }

    boolean isEmpty() {
        return width <= 0 || height <= 0;
    }

    double maxX() {
        return (double) x + width;
    }

    double maxY() {
        return (double) y + height;
    }

    boolean contains(int px, int py) {
        return px >= x && py >= y && px < x + width && py < y + height;
    }

    /** The pixels both rectangles cover (empty when they do not meet). */
    PixelRect intersection(PixelRect other) {
        int left = Math.max(x, other.x);
        int top = Math.max(y, other.y);
        int right = Math.min(x + width, other.x + other.width);
        int bottom = Math.min(y + height, other.y + other.height);
        return new PixelRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }
}
