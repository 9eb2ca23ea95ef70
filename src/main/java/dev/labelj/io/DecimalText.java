package dev.labelj.io;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers as annotation files write them: plain decimals with an optional exponent. Java's own syntax
 * ({@code 0.5f}, {@code 0.5d}, {@code 0x1p-1}, {@code Infinity}, {@code NaN}) is not a number here, because
 * no other tool would read such a file the same way.
 */
public final class DecimalText {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /** Longer than any coordinate a tool writes; refusing it early keeps a 10 MB "number" cheap. */
    private static final int MAX_LENGTH = 64;

    private DecimalText() {
    }

    /** The finite value of {@code text}, or empty when it is not a plain decimal or overflows. */
    public static OptionalDouble parse(String text) {
        if (text.length() > MAX_LENGTH || !DECIMAL.matcher(text).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
