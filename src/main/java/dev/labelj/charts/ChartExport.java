package dev.labelj.charts;

import dev.labelj.results.TrainingRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * PNG export that builds its own charts, so it can run on a worker thread while the window keeps
 * the charts it shows.
 */
public final class ChartExport {
    private ChartExport() {
    }

    /** The whole grid; returns the image size as {width, height}. */
    public static int[] writeGridPng(List<TrainingRun> runs, ChartOptions options, Path png) throws IOException {
        ChartGrid grid = ChartGrid.of(runs, options);
        grid.writePng(png);
        return new int[] {grid.columns() * ChartGrid.CELL_WIDTH, grid.rows() * ChartGrid.CELL_HEIGHT};
    }

    /** One chart of the grid, by column name, at the given size. */
    public static void writeChartPng(List<TrainingRun> runs, ChartOptions options, String column, int width,
                                     int height, Path png) throws IOException {
        ChartGrid grid = ChartGrid.of(runs, options);
        int index = grid.panels().stream().map(PanelSpec::column).toList().indexOf(column);
        if (index < 0) {
            throw new IOException("no chart for column " + column);
        }
        ChartGrid.writeChartPng(grid.charts().get(index), width, height, png);
    }
}
