package dev.labelj.results;

import java.math.BigDecimal;
import java.math.MathContext;

/** Epochs and values printed the way the file wrote them: integers without ".0". */
public final class Numbers {
    private Numbers() {
    }

    /**
     * A value computed from the file's numbers (fitness = 0.1·mAP50 + 0.9·mAP50-95) without the
     * binary arithmetic's last-digit noise: 0.764635, not 0.7646350000000001. The inputs carry at
     * most 6 significant digits, so rounding to 12 changes nothing a person could mean.
     */
    public static double derived(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(12)).doubleValue();
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value).replace('E', 'e');
    }
}
