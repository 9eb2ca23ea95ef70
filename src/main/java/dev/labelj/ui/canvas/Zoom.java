package dev.labelj.ui.canvas;

/**
 * How the image is scaled to the view. The mode is kept when moving to another image (labelImg resets it);
 * a fit mode follows the window's size, a manual scale stays as the user set it.
 */
public record Zoom(Mode mode, double scale) {
    public enum Mode { FIT_WINDOW, FIT_WIDTH, MANUAL }

    /** labelImg's zoom step: ten percentage points. */
    static final double STEP = 0.10;
    static final double MIN_SCALE = 0.02;
    static final double MAX_SCALE = 40.0;

    public static final Zoom FIT_WINDOW = new Zoom(Mode.FIT_WINDOW, 1);
    public static final Zoom FIT_WIDTH = new Zoom(Mode.FIT_WIDTH, 1);
    public static final Zoom ORIGINAL = new Zoom(Mode.MANUAL, 1);

    public static Zoom manual(double scale) {
        return new Zoom(Mode.MANUAL, Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale)));
    }

    /** The transform this zoom gives an image in a view; {@code previous} keeps a manual zoom's position. */
    ViewTransform transform(double imageW, double imageH, double viewW, double viewH, ViewTransform previous) {
        return switch (mode) {
            case FIT_WINDOW -> ViewTransform.fit(imageW, imageH, viewW, viewH);
            case FIT_WIDTH -> ViewTransform.fitWidth(imageW, imageH, viewW, viewH);
            case MANUAL -> previous == null || previous.scale() != scale
                    ? ViewTransform.centred(scale, imageW, imageH, viewW, viewH)
                    : previous.keptInView(imageW, imageH, viewW, viewH);
        };
    }

    /** One step in or out from {@code current} (the scale shown now, whatever the mode). */
    static Zoom stepped(double current, int steps) {
        return manual(Math.round((current + steps * STEP) * 100) / 100.0);
    }
}
