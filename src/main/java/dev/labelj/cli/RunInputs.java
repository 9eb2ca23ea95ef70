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

    /** The runs that could be read, and how many inputs could not (each already named on stderr). */
    record Loaded(List<TrainingRun> runs, int failed) {
    }

    /** Reads every input, naming each one that cannot be read; never stops at the first. */
    static Loaded loadAll(List<Path> inputs, PrintWriter err) {
        List<TrainingRun> runs = new ArrayList<>();
        int failed = 0;
        for (Path input : expand(inputs, err)) {
            Optional<TrainingRun> run = load(input, err);
            if (run.isPresent()) {
                runs.add(run.get());
            } else {
                failed++;
            }
        }
        return new Loaded(List.copyOf(runs), failed);
    }

    /** A folder of runs ({@code runs/train/}) stands for every run in it, newest first. */
    static List<Path> expand(List<Path> inputs, PrintWriter err) {
        List<Path> expanded = new ArrayList<>();
        for (Path input : inputs) {
            try {
                List<Path> runs = RunFiles.isFolderOfRuns(input) ? RunFiles.runsIn(input) : List.of();
                expanded.addAll(runs.isEmpty() ? List.of(input) : runs);
            } catch (IOException e) {
                err.println("labelj: " + input + ": cannot list: " + e.getMessage());
                expanded.add(input);
            }
        }
        return expanded;
    }

    /** The files a run is read from: its results file and the opt.yaml/args.yaml beside it. */
    static List<Path> filesRead(Path input) {
        List<Path> files = new ArrayList<>();
        if (RunFiles.isFolderOfRuns(input)) {
            expand(List.of(input), new PrintWriter(java.io.Writer.nullWriter())).stream()
                    .filter(run -> !run.equals(input)).forEach(run -> files.addAll(filesRead(run)));
            return files;
        }
        try {
            Path file = RunFiles.resolve(input);
            files.add(file);
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                files.add(dir.resolve("opt.yaml"));
                files.add(dir.resolve("args.yaml"));
            }
        } catch (IOException | ResultsReadException e) {
            files.add(input); // reported when it is read
        }
        return files;
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
