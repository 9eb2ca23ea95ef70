package dev.labelj.cli;

import dev.labelj.charts.ChartExport;
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

/**
 * {@code labelj plot CSV_OR_RUN_DIR... -o results.png [--smooth]}: a results.png-style grid, runs
 * overlaid. Inputs that cannot be read are each named and the rest are plotted (exit 1). The output
 * is never one of the inputs, a device or a pipe; a symlink is written through.
 */
@Command(name = "plot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plot one or more training runs (results.csv / results.txt, run folders or folders of runs)"
                + " into one PNG, SVG or PDF.")
public final class PlotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CSV_OR_RUN_DIR", description = "Results files or run folders.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "File to write: PNG, or SVG / PDF when its name ends in .svg / .pdf.")
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
        RunInputs.Loaded loaded = RunInputs.loadAll(inputs, err);
        List<TrainingRun> runs = loaded.runs();
        if (runs.isEmpty()) {
            err.flush();
            return RunInputs.EXIT_UNREADABLE;
        }
        runs.forEach(run -> RunInputs.printWarnings(run, err));
        try {
            ChartGrid grid = ChartGrid.of(runs, ChartOptions.DEFAULT.withSmooth(smooth).withLogLosses(logLosses));
            grid.problems().forEach(leftOut -> err.println("labelj plot: warning: " + leftOut));
            int[] size = ChartExport.writeGrid(grid, output);
            out.println("wrote " + output + " (" + size[0] + "x" + size[1] + ", "
                    + grid.panels().size() + " charts, "
                    + runs.size() + (runs.size() == 1 ? " run)" : " runs)"));
            if (loaded.failed() > 0) {
                err.println("labelj plot: " + loaded.failed() + " of " + inputs.size()
                        + " inputs could not be read and are not in the plot (named above)");
                return RunInputs.EXIT_UNREADABLE;
            }
            return 0;
        } catch (IOException e) {
            err.println("labelj plot: cannot write " + output + ": " + e.getMessage());
            return LabelJCommand.EXIT_BAD_ARGUMENTS;
        } catch (RuntimeException e) {
            // a chart the library cannot draw: said in words, not a stack trace; nothing half-written is left
            err.println("labelj plot: cannot draw the charts: " + e.getMessage());
            return RunInputs.EXIT_UNREADABLE;
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
        if (Files.exists(output) && !Files.isRegularFile(output)) {
            return Optional.of("output is not a regular file (a device or pipe?): " + output);
        }
        return inputs.stream().flatMap(input -> RunInputs.filesRead(input).stream())
                .filter(read -> sameFile(read, output)).findFirst()
                .map(read -> "output " + output + " is one of the inputs (" + read + "); pick another name");
    }

    private static boolean sameFile(Path read, Path output) {
        try {
            return Files.exists(read) && Files.exists(output) && Files.isSameFile(read, output);
        } catch (IOException e) {
            return false;
        }
    }
}
