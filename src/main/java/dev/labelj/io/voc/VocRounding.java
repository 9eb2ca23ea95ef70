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
        return Math.max(1, Math.round(inRange(imageCoordinate)));
    }

    static long max(double imageCoordinate, Optional<Integer> imageExtent) {
        long rounded = Math.round(inRange(imageCoordinate));
        return imageExtent.map(extent -> Math.min(rounded, extent.longValue())).orElse(rounded);
    }

    /** Math.round would turn 1e308 into Long.MAX_VALUE without a word: such a box is refused instead. */
    private static double inRange(double imageCoordinate) {
        if (Math.abs(imageCoordinate) > VocReader.MAX_COORDINATE) {
            throw new IllegalArgumentException("a box coordinate (" + imageCoordinate + ") is beyond "
                    + VocReader.MAX_COORDINATE + " pixels and cannot be written");
        }
        return imageCoordinate;
    }
}
