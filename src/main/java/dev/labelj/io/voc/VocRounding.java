package dev.labelj.io.voc;

/**
 * VOC's integer coordinates. labelImg truncates with int() and clamps only the minimum to 1; we round
 * (so a save/load cycle moves a box by at most half a pixel, never a whole one) and keep labelImg's 1 where
 * it cannot move a minimum past its maximum. Nothing else is changed, outside the image included
 * (docs/adr/0053, 0102): clipping one side only turned a box beyond the image into swapped corners.
 */
final class VocRounding {
    private VocRounding() {
    }

    /** The written minimum and maximum of one axis of a box. */
    record Edges(long min, long max) {
    }

    static Edges edges(double min, double max) {
        long roundedMin = Math.round(inRange(min));
        long roundedMax = Math.round(inRange(max));
        return new Edges(roundedMin < 1 && roundedMax >= 1 ? 1 : roundedMin, roundedMax);
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
