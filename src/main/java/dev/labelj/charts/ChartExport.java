package dev.labelj.charts;

import dev.labelj.results.ColumnMeaning;
import dev.labelj.results.TrainingRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Export that builds its own charts, so it can run on a worker thread while the window keeps the
 * charts it shows. The grid is written as PNG, SVG or PDF, chosen by the file name's ending.
 */
public final class ChartExport {
    /** The file types the grid can be written as. */
    public enum Kind {
        PNG, SVG, PDF;

        /** By the file name's ending, ignoring case; empty for any other name. */
        public static Optional<Kind> of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Kind kind : values()) {
                if (name.endsWith("." + kind.name().toLowerCase(Locale.ROOT))) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    private ChartExport() {
    }

    /** The whole grid, in the kind the name says (PNG when it says none); returns the size as {width, height}. */
    public static int[] writeGrid(List<TrainingRun> runs, ChartOptions options, Path file) throws IOException {
        return writeGrid(ChartGrid.of(runs, options), file);
    }

    /** A grid built by the caller (who also wants its {@link ChartGrid#problems()}). */
    public static int[] writeGrid(ChartGrid grid, Path file) throws IOException {
        switch (Kind.of(file).orElse(Kind.PNG)) {
            case SVG -> VectorExport.writeSvg(grid, file);
            case PDF -> VectorExport.writePdf(grid, file);
            default -> grid.writePng(file);
        }
        return new int[] {grid.width(), grid.height()};
    }

    /** One chart of the grid, by column name, at the given size. */
    public static void writeChartPng(List<TrainingRun> runs, ChartOptions options, String column, int width,
                                     int height, Path png) throws IOException {
        ChartGrid grid = ChartGrid.of(runs, options);
        // by title, or by meaning: "metrics/precision" finds the chart it shares with "metrics/precision(B)"
        String meaning = ColumnMeaning.of(column);
        int index = grid.panels().stream().map(PanelSpec::column).toList().indexOf(column);
        if (index < 0) {
            index = grid.panels().stream().map(PanelSpec::meaning).toList().indexOf(meaning);
        }
        if (index < 0) {
            throw new IOException("no chart for column " + column);
        }
        ChartGrid.writeChartPng(grid.charts().get(index), width, height, png);
    }
}
