package dev.labelj.charts;

/** One chart of the grid: the column it plots and what kind of series that is. */
public record PanelSpec(String column, Kind kind) {
    public enum Kind {
        METRIC, LOSS, LEARNING_RATE
    }
}
