package dev.labelj.io.voc;

import java.util.Optional;

/**
 * VOC's integer coordinates. labelImg truncates with int() and clamps only the minimum to 1; we round
 * (so a save/load cycle moves a box by at most half a pixel, never a whole one) and also keep maxes
 * inside the image.
 */
final class VocRounding {
    private VocRounding() {
    }

    static long min(double imageCoordinate) {
        return Math.max(1, Math.round(imageCoordinate));
    }

    static long max(double imageCoordinate, Optional<Integer> imageExtent) {
        long rounded = Math.round(imageCoordinate);
        return imageExtent.map(extent -> Math.min(rounded, extent.longValue())).orElse(rounded);
    }
}
