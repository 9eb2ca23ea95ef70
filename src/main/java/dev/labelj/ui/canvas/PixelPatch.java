package dev.labelj.ui.canvas;

import java.awt.image.BufferedImage;

/**
 * A small piece of the picture's pixels: its top-left corner in image pixels and how many image pixels one of
 * its pixels covers (1 for a full-resolution copy, 2, 4 or 8 for a reduced one).
 */
record PixelPatch(BufferedImage pixels, double imageX, double imageY, double imagePerPixelX,
        double imagePerPixelY) {
}
