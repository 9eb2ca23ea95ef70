package dev.labelj.ui.tools;

import dev.labelj.dataset.DatasetStats;
import java.util.Locale;

/** The statistics as lines of text, in the order and wording of {@code labelj stats}. */
final class StatsText {
    private StatsText() {
    }

    static String of(DatasetStats s) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "images:     %d (%d labelled, %d negative, %d unlabelled, %d unreadable; %d verified)%n",
                s.images(), s.labelled(), s.negative(), s.unlabelled(), s.unreadable(), s.verified()));
        out.append(String.format(Locale.ROOT, "boxes:      %d (per image: min %d, median %s, max %d)%n", s.boxes(),
                s.minBoxesPerImage(), number(s.medianBoxesPerImage()), s.maxBoxesPerImage()));
        out.append("per class:\n");
        s.boxesPerClass().forEach((name, count) ->
                out.append(String.format(Locale.ROOT, "  %-20s %d%n", name, count)));
        out.append("box sizes (side relative to the image):\n");
        s.boxSizes().forEach((bucket, count) ->
                out.append(String.format(Locale.ROOT, "  %-20s %d%n", bucket, count)));
        out.append(String.format(Locale.ROOT, "imbalance:  %s (most common class / rarest)%n",
                number(s.imbalance())));
        return out.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
