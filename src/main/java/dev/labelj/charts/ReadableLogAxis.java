package dev.labelj.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A log axis whose ticks are numbers people read: 0.01, 0.02, 0.05, 0.1 … (1-2-5 steps in each
 * decade), or every digit 1–9 of a decade when the range is narrower, or plain even steps when it
 * lies inside one such step. The chart library's own log ticks step evenly in the exponent, which
 * labels losses 1.58489, 0.63096, 0.39811.
 */
final class ReadableLogAxis extends LogAxis {
    private static final int[][] MANTISSAS = {{1}, {1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}};
    private static final int ENOUGH = 3;

    ReadableLogAxis() {
        setSmallestValue(1e-12);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<NumberTick> ticks = new ArrayList<>();
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        TextAnchor anchor = vertical ? (edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT)
                : (edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
        for (BigDecimal value : tickValues(getLowerBound(), getUpperBound())) {
            ticks.add(new NumberTick(TickType.MAJOR, value.doubleValue(), label(value), anchor, TextAnchor.CENTER, 0.0));
        }
        return ticks;
    }

    /** The tick values for a visible range, exact in decimal so that labels never show binary noise. */
    static List<BigDecimal> tickValues(double lower, double upper) {
        if (!(lower > 0) || !(upper > lower) || !Double.isFinite(upper)) {
            return List.of();
        }
        List<BigDecimal> best = List.of();
        for (int[] mantissas : MANTISSAS) {
            best = decadeTicks(lower, upper, mantissas);
            if (best.size() >= ENOUGH) {
                return best;
            }
        }
        return best.size() >= 2 ? best : evenTicks(lower, upper);
    }

    private static List<BigDecimal> decadeTicks(double lower, double upper, int[] mantissas) {
        List<BigDecimal> values = new ArrayList<>();
        int first = (int) Math.floor(Math.log10(lower));
        int last = (int) Math.ceil(Math.log10(upper));
        for (int exponent = first; exponent <= last; exponent++) {
            for (int mantissa : mantissas) {
                BigDecimal value = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent);
                if (value.doubleValue() >= lower && value.doubleValue() <= upper) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /** Inside one digit step (say 0.031 to 0.038): even steps of 1, 2 or 5 at a smaller decimal place. */
    private static List<BigDecimal> evenTicks(double lower, double upper) {
        int exponent = (int) Math.floor(Math.log10(upper - lower));
        for (int tries = 0; tries < 3; tries++, exponent--) {
            for (int step : new int[] {5, 2, 1}) {
                BigDecimal unit = BigDecimal.valueOf(step).scaleByPowerOfTen(exponent);
                List<BigDecimal> values = new ArrayList<>();
                BigDecimal value = BigDecimal.valueOf(lower).divide(unit, 0, java.math.RoundingMode.CEILING)
                        .multiply(unit);
                for (; value.doubleValue() <= upper && values.size() < 12; value = value.add(unit)) {
                    values.add(value);
                }
                if (values.size() >= ENOUGH) {
                    return values;
                }
            }
        }
        return List.of();
    }

    /** Plain decimals down to 0.00001, then "1e-6" style. */
    static String label(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.compareTo(new BigDecimal("0.00001")) >= 0 && plain.compareTo(new BigDecimal("1000000")) < 0) {
            return plain.toPlainString();
        }
        String digits = plain.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - plain.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (plain.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
    }
}
