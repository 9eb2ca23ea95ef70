package dev.labelj.settings;

/**
 * The main window's normal (not maximised) bounds in virtual-screen pixels, and whether it was maximised.
 * Whether these bounds are still on a screen is the window's business, not this record's.
 */
public record WindowBounds(int x, int y, int width, int height, boolean maximized) {
}
