package dev.labelj.cli;

import dev.labelj.charts.ChartGrid;
import dev.labelj.charts.ChartOptions;
import dev.labelj.results.TrainingRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code labelj plot CSV_OR_RUN_DIR... -o results.png [--smooth]}: a results.png-style grid, runs overlaid. */
@Command(name = "plot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plot one or more training runs (results.csv / results.txt or run folders) into one PNG.")
public final class PlotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CSV_OR_RUN_DIR", description = "Results files or run folders.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PNG", description = "Image to write.")
    Path output;

    @Option(names = "--smooth", description = "Add YOLOv5's dotted smoothed line.")
    boolean smooth;

    @Option(names = "--log", description = "Log scale on loss charts.")
    boolean logLosses;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> problem = validate();
        if (problem.isPresent()) {
            err.println("labelj plot: " + problem.get());
            err.flush();
            return LabelJCommand.EXIT_BAD_ARGUMENTS;
        }
        Optional<List<TrainingRun>> runs = RunInputs.load(inputs, err);
        if (runs.isEmpty()) {
            err.flush();
            return RunInputs.EXIT_UNREADABLE;
        }
        runs.get().forEach(run -> RunInputs.printWarnings(run, err));
        try {
            ChartGrid grid = ChartGrid.of(runs.get(), ChartOptions.DEFAULT.withSmooth(smooth).withLogLosses(logLosses));
            grid.writePng(output);
            out.println("wrote " + output + " (" + grid.columns() * ChartGrid.CELL_WIDTH + "x"
                    + grid.rows() * ChartGrid.CELL_HEIGHT + ", " + grid.panels().size() + " charts, "
                    + runs.get().size() + (runs.get().size() == 1 ? " run)" : " runs)"));
            return 0;
        } catch (IOException e) {
            err.println("labelj plot: cannot write " + output + ": " + e.getMessage());
            return LabelJCommand.EXIT_BAD_ARGUMENTS;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private Optional<String> validate() {
        Optional<Path> missing = RunInputs.firstMissing(inputs);
        if (missing.isPresent()) {
            return Optional.of("not found: " + missing.get());
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.of("output folder does not exist: " + parent);
        }
        if (Files.isDirectory(output)) {
            return Optional.of("output is a folder: " + output);
        }
        return Optional.empty();
    }
}
