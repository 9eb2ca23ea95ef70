package dev.labelj.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the charts show them: epochs whole, values to six decimals, progress as a percentage. */
final class DisplayNumbers {
    private DisplayNumbers() {
    }

    static String epoch(double epoch) {
        return new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(epoch);
    }

    static String value(double value) {
        return new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    static String percent(double progress) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(progress) + " %";
    }
}
