package dev.labelj.cli;

import dev.labelj.results.ResultsCsv;
import dev.labelj.results.ResultsReadException;
import dev.labelj.results.ResultsWarning;
import dev.labelj.results.RunFiles;
import dev.labelj.results.TrainingRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Loads CSV_OR_RUN_DIR arguments for the headless commands, reporting problems as "labelj: ..." lines. */
final class RunInputs {
    static final int EXIT_UNREADABLE = 1;

    private RunInputs() {
    }

    /** The first path that does not exist, if any: a bad argument (exit 2), checked before any reading. */
    static Optional<Path> firstMissing(List<Path> inputs) {
        return inputs.stream().filter(p -> !Files.exists(p)).findFirst();
    }

    /** Every run, or empty after printing why one could not be read as training results. */
    static Optional<List<TrainingRun>> load(List<Path> inputs, PrintWriter err) {
        List<TrainingRun> runs = new ArrayList<>();
        for (Path input : inputs) {
            Optional<TrainingRun> run = load(input, err);
            if (run.isEmpty()) {
                return Optional.empty();
            }
            runs.add(run.get());
        }
        return Optional.of(runs);
    }

    static Optional<TrainingRun> load(Path input, PrintWriter err) {
        try {
            Path file = RunFiles.resolve(input);
            TrainingRun run = ResultsCsv.read(file);
            if (run.rows() == 0) {
                err.println("labelj: " + file + ": no training results (" + run.warnings().get(0).message() + ")");
                return Optional.empty();
            }
            return Optional.of(run);
        } catch (ResultsReadException e) {
            err.println("labelj: " + e.getMessage());
        } catch (IOException e) {
            err.println("labelj: " + input + ": cannot read: " + e.getMessage());
        }
        return Optional.empty();
    }

    static void printWarnings(TrainingRun run, PrintWriter err) {
        for (ResultsWarning warning : run.warnings()) {
            err.println("labelj: warning: " + run.file() + ": " + warning);
        }
    }
}
