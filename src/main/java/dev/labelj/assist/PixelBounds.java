package dev.labelj.assist;

/** A rectangle in fractional pixels of the picture Tighten Box works on (left, top, width, height). */
record PixelBounds(double x, double y, double width, double height) {
    static final PixelBounds EMPTY = new PixelBounds(0, 0, 0, 0);

    boolean isEmpty() {
        return width <= 0 || height <= 0;
    }

    double maxX() {
        return x + width;
    }

    double maxY() {
        return y + height;
    }

    /** The part of these bounds inside {@code area} (empty when they do not meet). */
    PixelBounds createIntersection(PixelRect area) {
        double left = Math.max(x, area.x);
        double top = Math.max(y, area.y);
        double right = Math.min(maxX(), area.maxX());
        double bottom = Math.min(maxY(), area.maxY());
        return right <= left || bottom <= top ? EMPTY : new PixelBounds(left, top, right - left, bottom - top);
    }
}
