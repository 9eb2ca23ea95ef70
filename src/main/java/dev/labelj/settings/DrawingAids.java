package dev.labelj.settings;

/**
 * What helps place a box exactly, each a View toggle.
 *
 * @param crosshair full-width and full-height guide lines through the cursor while drawing
 * @param loupe a magnifier of the full-resolution pixels near the cursor while drawing or resizing
 */
public record DrawingAids(boolean crosshair, boolean loupe) {
    /** The crosshair as labelImg has it; the loupe on request (docs/adr/0157-crosshair-and-loupe-switches.md). */
    public static final DrawingAids DEFAULTS = new DrawingAids(true, false);

    public DrawingAids withCrosshair(boolean on) {
        return new DrawingAids(on, loupe);
    }

    public DrawingAids withLoupe(boolean on) {
        return new DrawingAids(crosshair, on);
    }
}
