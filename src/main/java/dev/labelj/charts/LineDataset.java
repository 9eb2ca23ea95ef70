package dev.labelj.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * A chart's lines as plain arrays, filled once before the chart is built. JFreeChart's
 * XYSeriesCollection holds an object per point and finds a series by walking the list (once per
 * series whenever an axis range is worked out, so ten thousand runs cost 10^8 steps a time); here
 * the points are arrays and a series is found by its key in a map.
 */
final class LineDataset extends AbstractXYDataset {
    private static final long serialVersionUID = 1L;
    private final List<String> keys = new ArrayList<>();
    private final List<double[]> xs = new ArrayList<>();
    private final List<double[]> ys = new ArrayList<>();
    private final Map<Comparable<?>, Integer> indices = new HashMap<>();

    /** Adds a line (no event: nothing listens yet). Keys are unique: a repeated key finds its first line. */
    void add(String key, Decimation.Line line) {
        indices.putIfAbsent(key, keys.size());
        keys.add(key);
        xs.add(line.x());
        ys.add(line.y());
    }

    @Override
    public int getSeriesCount() {
        return keys.size();
    }

    @Override
    public Comparable<?> getSeriesKey(int series) {
        return keys.get(series);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public int indexOf(Comparable seriesKey) {
        return indices.getOrDefault(seriesKey, -1);
    }

    @Override
    public int getItemCount(int series) {
        return xs.get(series).length;
    }

    @Override
    public Number getX(int series, int item) {
        return xs.get(series)[item];
    }

    @Override
    public double getXValue(int series, int item) {
        return xs.get(series)[item];
    }

    @Override
    public Number getY(int series, int item) {
        return ys.get(series)[item];
    }

    @Override
    public double getYValue(int series, int item) {
        return ys.get(series)[item];
    }
}
