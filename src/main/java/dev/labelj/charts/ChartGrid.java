package dev.labelj.charts;

import dev.labelj.results.TrainingRun;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * The charts for a set of runs, in {@link ChartLayout} order, and their headless rendering to one
 * PNG (a YOLOv5-style results.png with several runs overlaid). With several runs, the legend
 * (run names) sits on the first chart.
 */
public final class ChartGrid {
    public static final int CELL_WIDTH = 480;
    public static final int CELL_HEIGHT = 320;
    /** Real runs have at most ~30 columns; a grid of thousands would be an image no one can open. */
    public static final int MAX_CHARTS = 64;

    private final List<PanelSpec> panels;
    private final List<JFreeChart> charts;
    private final List<String> problems;

    private ChartGrid(List<PanelSpec> panels, List<JFreeChart> charts, List<String> problems) {
        this.panels = panels;
        this.charts = charts;
        this.problems = problems;
    }

    public static ChartGrid of(List<TrainingRun> runs, ChartOptions options) {
        return of(runs, options, true);
    }

    /**
     * {@code legend}: put the run names under the first chart when several runs are overlaid
     * (the viewer leaves it out: its summary panel names each run in its colour).
     */
    public static ChartGrid of(List<TrainingRun> runs, ChartOptions options, boolean legend) {
        List<PanelSpec> laidOut = ChartLayout.of(runs);
        List<PanelSpec> panels = laidOut.subList(0, Math.min(laidOut.size(), MAX_CHARTS));
        List<String> names = uniqueNames(runs);
        List<JFreeChart> charts = new ArrayList<>();
        long shown = java.util.stream.IntStream.range(0, runs.size()).filter(options::shows).count();
        List<String> problems = new ArrayList<>();
        if (laidOut.size() > MAX_CHARTS) {
            problems.add((laidOut.size() - MAX_CHARTS) + " more columns are not charted (at most " + MAX_CHARTS
                    + " charts; the table of values has them all)");
        }
        for (int i = 0; i < panels.size(); i++) {
            JFreeChart chart = RunChartFactory.create(panels.get(i), runs, names, options, legend && i == 0 && shown > 1);
            Optional<String> why = RunChartFactory.whyUndrawable(chart);
            if (why.isPresent()) {
                problems.add("chart " + panels.get(i).column() + " cannot be drawn: " + why.get());
                chart = RunChartFactory.undrawable(panels.get(i), why.get());
            }
            charts.add(chart);
        }
        return new ChartGrid(List.copyOf(panels), List.copyOf(charts), List.copyOf(problems));
    }

    public List<PanelSpec> panels() {
        return panels;
    }

    public List<JFreeChart> charts() {
        return charts;
    }

    /** What the grid leaves out: each chart that cannot be drawn (its cell says why), and columns beyond the limit. */
    public List<String> problems() {
        return problems;
    }

    public int columns() {
        return Math.min(ChartLayout.COLUMNS, Math.max(1, panels.size()));
    }

    public int rows() {
        return ChartLayout.rows(panels.size());
    }

    /** The whole grid in one image: columns × CELL_WIDTH by rows × CELL_HEIGHT pixels. */
    public BufferedImage render() {
        BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            draw(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    public int width() {
        return columns() * CELL_WIDTH;
    }

    public int height() {
        return Math.max(1, rows()) * CELL_HEIGHT;
    }

    /** Onto any Graphics2D: an image, an SVG document or a PDF page, at width() × height(). */
    void draw(Graphics2D g) {
        g.setColor(ChartColors.LIGHT.background());
        g.fillRect(0, 0, width(), height());
        for (int i = 0; i < charts.size(); i++) {
            int x = (i % ChartLayout.COLUMNS) * CELL_WIDTH;
            int y = (i / ChartLayout.COLUMNS) * CELL_HEIGHT;
            charts.get(i).draw(g, new Rectangle2D.Double(x, y, CELL_WIDTH, CELL_HEIGHT));
        }
    }

    public void writePng(Path png) throws IOException {
        writePng(render(), png);
    }

    /** One chart alone, at the given size. */
    public static void writeChartPng(JFreeChart chart, int width, int height, Path png) throws IOException {
        writePng(chart.createBufferedImage(width, height), png);
    }

    /** Through {@link ExportFile}: a failed export never leaves half a PNG, nor replaces a device or a link. */
    static void writePng(BufferedImage image, Path png) throws IOException {
        ExportFile.write(png, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /** Run names as legend keys: two runs both called "exp" become "exp" and "exp (2)". */
    static List<String> uniqueNames(List<TrainingRun> runs) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (TrainingRun run : runs) {
            int count = seen.merge(run.name(), 1, Integer::sum);
            names.add(count == 1 ? run.name() : run.name() + " (" + count + ")");
        }
        return names;
    }
}
