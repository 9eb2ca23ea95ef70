package dev.labelj.charts;

import java.util.Optional;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * The value range for a chart whose values are all the same (a single-class run's cls_loss is 0
 * throughout). Left to itself the axis zooms into a 1e-9 sliver and labels it 0E0 / 5E-10; this
 * gives the line room above and below, in steps a person reads (−0.1 … 0.1 around zero).
 */
final class FlatRange {
    private FlatRange() {
    }

    /** Empty when the values differ (the axis picks its own range) or there are none. */
    static Optional<Range> of(XYDataset dataset) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            for (int i = 0; i < dataset.getItemCount(s); i++) {
                double y = dataset.getYValue(s, i);
                if (Double.isFinite(y)) {
                    min = Math.min(min, y);
                    max = Math.max(max, y);
                }
            }
        }
        if (min > max || max - min > Math.ulp(max) * 4) {
            return Optional.empty();
        }
        return Optional.of(around(min));
    }

    static Range around(double value) {
        double half = value == 0 ? 0.1 : Math.abs(value) * 0.1;
        return new Range(value - half, value + half);
    }
}
