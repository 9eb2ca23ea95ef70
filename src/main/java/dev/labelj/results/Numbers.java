package dev.labelj.results;

/** Epochs and values printed the way the file wrote them: integers without ".0". */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value).replace('E', 'e');
    }
}
