package dev.labelj.charts;

/**
 * One chart of the grid: its title (the column name the runs share, or the meaning's spelling when
 * their trainers spell it differently), what kind of series it is, and the {@code ColumnMeaning}
 * key by which each run's column is found.
 */
public record PanelSpec(String column, Kind kind, String meaning) {
    public enum Kind {
        METRIC, LOSS, LEARNING_RATE
    }
}
