package dev.labelj.results;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Numbers as Python's {@code %g} writes them: plain, exponent, {@code nan}, {@code inf}, {@code -inf}. */
final class Cells {
    // Double.parseDouble would also take "1d", "0x1p3" or "Infinity"; Python never writes those.
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Cells() {
    }

    static OptionalDouble parse(String cell) {
        String text = cell.trim();
        switch (text.toLowerCase(Locale.ROOT)) {
            case "nan", "+nan", "-nan":
                return OptionalDouble.of(Double.NaN);
            case "inf", "+inf", "infinity":
                return OptionalDouble.of(Double.POSITIVE_INFINITY);
            case "-inf", "-infinity":
                return OptionalDouble.of(Double.NEGATIVE_INFINITY);
            default:
                break;
        }
        if (!NUMBER.matcher(text).matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(text));
    }
}
