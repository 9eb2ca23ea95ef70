package dev.labelj.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One training run as read from its results file: named metric series (by stripped column name,
 * in file order), the rows that were kept, and every problem met while reading as a warning.
 * Immutable; arrays are copied on the way in and out.
 */
public final class TrainingRun {
    public static final String EPOCH = "epoch";

    private final String name;
    private final Path file;
    private final ResultsFormat format;
    private final TrainingTask task;
    private final Map<String, double[]> series;
    /** {@link ColumnMeaning} key to this run's first column of that meaning. */
    private final Map<String, String> byMeaning = new HashMap<>();
    private final List<ResultsWarning> warnings;
    private final RunMetadata metadata;

    public TrainingRun(String name, Path file, ResultsFormat format, TrainingTask task,
                       Map<String, double[]> series, List<ResultsWarning> warnings, RunMetadata metadata) {
        if (!series.isEmpty() && !series.containsKey(EPOCH)) {
            throw new IllegalArgumentException("a run needs an epoch series");
        }
        this.name = name;
        this.file = file;
        this.format = format;
        this.task = task;
        LinkedHashMap<String, double[]> copy = new LinkedHashMap<>();
        series.forEach((column, values) -> copy.put(column, values.clone()));
        this.series = copy;
        copy.keySet().forEach(column -> byMeaning.putIfAbsent(ColumnMeaning.of(column), column));
        this.warnings = List.copyOf(warnings);
        this.metadata = metadata;
    }

    public String name() {
        return name;
    }

    public Path file() {
        return file;
    }

    public ResultsFormat format() {
        return format;
    }

    public TrainingTask task() {
        return task;
    }

    /** Every column including {@code epoch}, stripped, in file order. */
    public List<String> columns() {
        return List.copyOf(series.keySet());
    }

    public boolean has(String column) {
        return series.containsKey(column);
    }

    /** This run's column with that {@link ColumnMeaning} key ("metrics/precision" for "metrics/precision(B)"). */
    public Optional<String> columnFor(String meaning) {
        return Optional.ofNullable(byMeaning.get(meaning));
    }

    /** The values of a column, one per kept row; empty when the run has no such column. */
    public Optional<double[]> values(String column) {
        return Optional.ofNullable(series.get(column)).map(double[]::clone);
    }

    public double value(String column, int row) {
        return series.get(column)[row];
    }

    public double[] epochs() {
        return values(EPOCH).orElse(new double[0]);
    }

    public int rows() {
        double[] epochs = series.get(EPOCH);
        return epochs == null ? 0 : epochs.length;
    }

    public double epoch(int row) {
        return series.get(EPOCH)[row];
    }

    public List<ResultsWarning> warnings() {
        return warnings;
    }

    public RunMetadata metadata() {
        return metadata;
    }

    /** Column name to value for one row (epoch included), in file order. */
    public Map<String, Double> row(int row) {
        Map<String, Double> values = new LinkedHashMap<>();
        series.forEach((column, data) -> values.put(column, data[row]));
        return values;
    }

    /** Columns whose names start with one of the prefixes, in file order. */
    public List<String> columnsStartingWith(String... prefixes) {
        List<String> found = new ArrayList<>();
        for (String column : series.keySet()) {
            if (Arrays.stream(prefixes).anyMatch(column::startsWith)) {
                found.add(column);
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return name + " (" + format.id() + ", " + task.id() + ", " + rows() + " rows)";
    }
}
