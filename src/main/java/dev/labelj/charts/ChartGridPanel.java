package dev.labelj.charts;

import dev.labelj.results.TrainingRun;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * The viewer's grid of interactive charts (hover tooltips with epoch and value, zoom by drag, the
 * chart library's own context menu). Each chart is named {@code chart:<column>} for tests and
 * accessibility. EDT only.
 */
public final class ChartGridPanel extends JPanel implements Scrollable {
    private static final Dimension CELL = new Dimension(340, 240);
    private final List<ChartPanel> chartPanels = new ArrayList<>();
    private ChartColors colors = ChartColors.forLookAndFeel();
    private BiConsumer<JPopupMenu, String> menuExtender = (menu, column) -> { };

    public ChartGridPanel() {
        super(new GridLayout(0, ChartLayout.COLUMNS, 4, 4));
        setName("chartGrid");
        setBackground(colors.background());
    }

    /**
     * The theme changed (or the panel is being built): the charts take the new look's colours in place,
     * so a switch to dark never leaves white charts in a dark window.
     */
    @Override
    public void updateUI() {
        super.updateUI();
        colors = ChartColors.forLookAndFeel();
        setBackground(colors.background());
        if (chartPanels != null) { // null while JPanel's constructor calls this, before the fields are set
            chartPanels.forEach(panel -> colors.applyTo(panel.getChart()));
        }
    }

    /** The colours the charts are drawn in now. */
    public ChartColors colors() {
        return colors;
    }

    /** Called for each chart's context menu, with the chart's column, when charts are (re)built. */
    public void setMenuExtender(BiConsumer<JPopupMenu, String> extender) {
        this.menuExtender = extender;
    }

    public void show(List<TrainingRun> runs, ChartOptions options) {
        show(ChartGrid.of(runs, options, false), options);
    }

    /** Charts built elsewhere (on a worker: a long run takes a while), with the options they were built with. */
    public void show(ChartGrid grid, ChartOptions options) {
        removeAll();
        chartPanels.clear();
        for (int i = 0; i < grid.charts().size(); i++) {
            add(chartPanel(grid.charts().get(i), grid.panels().get(i).column(), options));
        }
        revalidate();
        repaint();
    }

    public List<String> columns() {
        return chartPanels.stream().map(p -> p.getName().substring("chart:".length())).toList();
    }

    private ChartPanel chartPanel(JFreeChart chart, String column, ChartOptions options) {
        colors.applyTo(chart);
        ChartPanel panel = new HoverChartPanel(chart, options);
        panel.setName("chart:" + column);
        panel.setDisplayToolTips(true);
        panel.setInitialDelay(100);
        panel.setDismissDelay(20000);
        panel.setMouseWheelEnabled(false);
        if (panel.getPopupMenu() != null) {
            menuExtender.accept(panel.getPopupMenu(), column);
        }
        chartPanels.add(panel);
        return panel;
    }

    /** The hover text lists every run shown at the epoch under the mouse, not just the nearest point. */
    private static final class HoverChartPanel extends ChartPanel {
        private final ChartOptions options;

        HoverChartPanel(JFreeChart chart, ChartOptions options) {
            super(chart, CELL.width, CELL.height, 120, 80, 4000, 3000, true, true, true, true, true, true);
            this.options = options;
        }

        @Override
        public String getToolTipText(MouseEvent e) {
            Rectangle2D area = getScreenDataArea();
            if (!area.contains(e.getPoint())) {
                return null;
            }
            XYPlot plot = getChart().getXYPlot();
            double x = plot.getDomainAxis().java2DToValue(e.getX(), area, plot.getDomainAxisEdge());
            return HoverText.at(plot, x, options.texts(), options.alignment() == ChartOptions.Alignment.PROGRESS)
                    .orElse(null);
        }
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return new Dimension(CELL.width * ChartLayout.COLUMNS, CELL.height * 2);
    }

    @Override
    public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return 24;
    }

    @Override
    public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
    }

    /** Charts stretch to the viewport's width; rows keep their height and scroll. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
