package dev.labelj.ui.results;

import dev.labelj.charts.ChartExport;
import dev.labelj.charts.ChartGridPanel;
import dev.labelj.charts.ChartOptions;
import dev.labelj.charts.ChartTexts;
import dev.labelj.charts.ExportFile;
import dev.labelj.results.FitnessRule;
import dev.labelj.results.RunRow;
import dev.labelj.results.RunSummary;
import dev.labelj.results.RunTableText;
import dev.labelj.results.TrainingRun;
import dev.labelj.ui.actions.ActionId;
import dev.labelj.ui.actions.AppActions;
import dev.labelj.ui.actions.CommandAction;
import dev.labelj.ui.support.Tasks;
import dev.labelj.ui.support.Messages;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import javax.swing.BorderFactory;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The training results viewer: a grid of charts (several runs overlaid), a summary beside it, a
 * table of every value and the run's own plots, kept up to date while the training writes.
 */
public final class ResultsWindow extends JFrame implements RunSet.Listener {
    static final int CHART_EXPORT_WIDTH = 1200;
    static final int CHART_EXPORT_HEIGHT = 800;

    private final RunSet runSet = new RunSet(this);
    private final ChartGridPanel charts = new ChartGridPanel();
    private final SummaryPanel summary = new SummaryPanel();
    private final RunTablePanel table = new RunTablePanel();
    private final RunsPanel runsTable = new RunsPanel(this::hiddenChanged, this::chooseTableExport);
    private final Set<Path> hiddenFiles = new HashSet<>();
    private final RunImagesPanel images = new RunImagesPanel();
    private final JLabel status = new JLabel(" ");
    private final ExecutorService exporter = Tasks.worker("results-export");
    private final ChartRefresh chartRefresh = new ChartRefresh(charts,
            why -> status.setText(Messages.get("results.error.charts", why)),
            leftOut -> status.setText(Messages.get("results.charts.leftOut", leftOut)));
    private final ResultsToolBar toolBar;
    private ChartOptions options = ChartOptions.DEFAULT.withTexts(chartTexts());

    public ResultsWindow() {
        super(Messages.get("results.title"));
        setName("resultsWindow");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        AppActions actions = new AppActions();
        CommandAction open = actions.define(ActionId.RESULTS_OPEN, () -> chooseRuns(false));
        CommandAction addRun = actions.define(ActionId.RESULTS_ADD, () -> chooseRuns(true));
        CommandAction export = actions.define(ActionId.RESULTS_EXPORT, this::chooseGridExport);
        CommandAction close = actions.define(ActionId.RESULTS_CLOSE, this::dispose);
        actions.bindKeys(getRootPane());
        toolBar = new ResultsToolBar(open, addRun, export, this::optionsChanged, runSet::setLive);
        setJMenuBar(menuBar(open, addRun, export, close));
        charts.setMenuExtender(this::addExportItem);
        add(toolBar, BorderLayout.NORTH);
        add(createCentre(), BorderLayout.CENTER);
        status.setName("resultsStatus");
        status.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        add(status, BorderLayout.SOUTH);
        setSize(new Dimension(1400, 900));
        setLocationRelativeTo(null);
        runsChanged(List.of());
    }

    /** The menu carries the keyboard shortcuts; the tool bar shows the same actions. */
    private static JMenuBar menuBar(CommandAction... actions) {
        JMenu file = new JMenu(Messages.get("menu.file"));
        file.setName("resultsFileMenu");
        for (int i = 0; i < actions.length; i++) {
            if (i == actions.length - 1) {
                file.addSeparator();
            }
            file.add(actions[i]);
        }
        JMenuBar bar = new JMenuBar();
        bar.add(file);
        return bar;
    }

    private JSplitPane createCentre() {
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("resultsTabs");
        JScrollPane chartScroll = new JScrollPane(charts);
        chartScroll.getVerticalScrollBar().setUnitIncrement(24);
        tabs.addTab(Messages.get("results.tab.charts"), chartScroll);
        tabs.addTab(Messages.get("results.tab.table"), table);
        tabs.addTab(Messages.get("results.tab.images"), images);
        // the run table above the charts: compared at a glance, and what the README screenshot shows
        JSplitPane centre = new JSplitPane(JSplitPane.VERTICAL_SPLIT, runsTable, tabs);
        centre.setResizeWeight(0.0);
        centre.setDividerLocation(150);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, centre, new JScrollPane(summary));
        split.setResizeWeight(1.0);
        split.setDividerLocation(1400 - 330);
        return split;
    }

    /** Opens these files or run folders, replacing what is shown. EDT. */
    public void open(List<Path> inputs) {
        status.setText(Messages.get("results.status.loading", inputs.size()));
        runSet.open(inputs, false);
    }

    public void add(List<Path> inputs) {
        runSet.open(inputs, true);
    }

    public List<TrainingRun> runs() {
        return runSet.runs();
    }

    RunSet runSet() {
        return runSet;
    }

    /** True when the charts show the runs and options of now, not a drawing still under way. EDT. */
    boolean chartsUpToDate() {
        return chartRefresh.isCurrent();
    }

    public ChartOptions options() {
        return options;
    }

    @Override
    public void runsChanged(List<LoadedRun> loaded) {
        List<TrainingRun> runs = loaded.stream().map(LoadedRun::run).toList();
        List<String> failures = runSet.failures();
        // hidden by file, not by position: a run found later in a folder must not inherit a hidden slot
        hiddenFiles.retainAll(runs.stream().map(TrainingRun::file).toList());
        options = options.withHidden(hiddenIndices(runs));
        runsTable.show(loaded.stream().map(run -> RunRow.of(RunSummary.of(run.run(),
                options.rule().orElse(FitnessRule.defaultFor(run.run()))), run.running())).toList(), options.hidden());
        chartRefresh.request(runs, options);
        summary.show(runs, options.rule(), failures);
        table.show(runs);
        images.show(loaded);
        toolBar.setHasRuns(!runs.isEmpty());
        int rows = runs.stream().mapToInt(TrainingRun::rows).sum();
        if (!failures.isEmpty()) {
            status.setText(Messages.get("results.status.loadedWithFailures", failures.get(0), runs.size(), rows,
                    failures.size()));
        } else if (!runs.isEmpty()) {
            status.setText(Messages.get("results.status.loaded", runs.size(), rows));
        }
    }

    @Override
    public void loadFailed(Path input, String message) {
        status.setText(Messages.get("results.error.read", message));
    }

    private void optionsChanged(boolean smooth, boolean logLosses, Optional<FitnessRule> rule,
                                ChartOptions.Alignment alignment) {
        options = new ChartOptions(smooth, logLosses, rule, options.texts(), options.hidden(), alignment);
        runsChanged(runSet.loaded());
    }

    /** A run's check box in the run table: only the charts change. */
    private void hiddenChanged(Set<Integer> hidden) {
        List<TrainingRun> runs = runs();
        hiddenFiles.clear();
        hidden.stream().filter(i -> i < runs.size()).forEach(i -> hiddenFiles.add(runs.get(i).file()));
        options = options.withHidden(hiddenIndices(runs));
        chartRefresh.request(runs, options);
    }

    private Set<Integer> hiddenIndices(List<TrainingRun> runs) {
        Set<Integer> indices = new HashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            if (hiddenFiles.contains(runs.get(i).file())) {
                indices.add(i);
            }
        }
        return indices;
    }

    /** The chart words in the user's language (patterns, formatted by the charts). */
    static ChartTexts chartTexts() {
        return new ChartTexts(Messages.get("results.chart.smoothSeries"), Messages.get("results.chart.tooltip"),
                Messages.get("results.chart.hoverEpoch"));
    }

    private void chooseRuns(boolean add) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("runChooser");
        // before the selection: turning multiple selection on clears it (Java 25)
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setMultiSelectionEnabled(true);
        // beside the run shown, with it selected: its sibling runs (exp, exp2, ...) are one click away
        runFolder().ifPresentOrElse(run -> {
            chooser.setCurrentDirectory(run.getParent() == null ? run.toFile() : run.getParent().toFile());
            chooser.setSelectedFile(run.toFile());
        }, () -> chooser.setCurrentDirectory(Path.of("").toAbsolutePath().toFile()));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            List<Path> picked = Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList();
            runSet.open(picked, add);
        }
    }

    /** The folder of the last run opened, where exports go and where the next run is looked for. */
    private Optional<Path> runFolder() {
        List<TrainingRun> shown = runs();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        Path file = shown.get(shown.size() - 1).file().toAbsolutePath();
        return Optional.ofNullable(file.getParent());
    }

    private void chooseGridExport() {
        ExportChooser.choose(this, runFolder(), "results.png", List.of("png", "svg", "pdf"), Messages.get("results.exportFormats"))
                .ifPresent(file -> {
                    // Read on the EDT, where runs and options change; the worker gets immutable copies.
                    List<TrainingRun> shown = runs();
                    ChartOptions shownOptions = options;
                    export(file, () -> Messages.get("results.status.exported", file,
                            sizeText(ChartExport.writeGrid(shown, shownOptions, file))));
                });
    }

    /** The run table as it is sorted on screen, as CSV or Markdown. */
    private void chooseTableExport() {
        ExportChooser.choose(this, runFolder(), "runs.csv", List.of("csv", "md"), Messages.get("results.tableFormats"))
                .ifPresent(file -> {
                    List<RunRow> rows = runsTable.rowsAsShown();
                    boolean markdown = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
                    export(file, () -> {
                        String text = markdown ? RunTableText.markdown(rows) : RunTableText.csv(rows);
                        ExportFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
                        return Messages.get("results.status.exported", file, Messages.get("results.runs.count", rows.size()));
                    });
                });
    }

    private void addExportItem(JPopupMenu menu, String column) {
        JMenuItem item = new JMenuItem(Messages.get("results.exportChart"));
        item.setName("exportChart:" + column);
        item.addActionListener(e -> ExportChooser.choose(this, runFolder(), column.replaceAll("[^A-Za-z0-9._-]", "_") + ".png",
                List.of("png"), "PNG").ifPresent(png -> {
                    List<TrainingRun> shown = runs();
                    ChartOptions shownOptions = options;
                    export(png, () -> {
                        ChartExport.writeChartPng(shown, shownOptions, column, CHART_EXPORT_WIDTH, CHART_EXPORT_HEIGHT, png);
                        return Messages.get("results.status.exported", png,
                                sizeText(new int[] {CHART_EXPORT_WIDTH, CHART_EXPORT_HEIGHT}));
                    });
                }));
        menu.insert(item, 0);
        menu.insert(new JPopupMenu.Separator(), 1);
    }

    private interface Export {
        String write() throws IOException;
    }

    /** Rendering and writing happen on a worker thread with charts of their own. */
    private void export(Path png, Export export) {
        status.setText(Messages.get("results.status.exporting", png));
        exporter.execute(() -> {
            String message;
            try {
                message = export.write();
            } catch (IOException | RuntimeException e) {
                message = Messages.get("results.error.export", png, e.getMessage());
            }
            String shown = message;
            SwingUtilities.invokeLater(() -> status.setText(shown));
        });
    }

    private static String sizeText(int[] size) {
        return size[0] + " \u00d7 " + size[1];
    }

    @Override
    public void dispose() {
        runSet.close();
        chartRefresh.close();
        images.dispose();
        exporter.shutdown();
        super.dispose();
    }
}
