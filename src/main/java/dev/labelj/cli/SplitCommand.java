package dev.labelj.cli;

import dev.labelj.dataset.DatasetItem;
import dev.labelj.dataset.DatasetReader;
import dev.labelj.dataset.DatasetSplit;
import dev.labelj.dataset.SplitFiles;
import dev.labelj.dataset.TrainerLabels;
import dev.labelj.io.AnnotationIoException;
import dev.labelj.io.ClassListFile;
import dev.labelj.io.InputText;
import dev.labelj.model.ClassList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code labelj split DIR --train 0.8 --val 0.2 [--test F] [--seed N]}: YOLO lists and data.yaml, stratified. */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Split a dataset into train/val(/test) lists and a data.yaml, stratified by class.")
public final class SplitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOptions dataset;

    @Option(names = "--train", required = true, paramLabel = "FRACTION", description = "Share of images for training.")
    double train;

    @Option(names = "--val", required = true, paramLabel = "FRACTION", description = "Share of images for validation.")
    double val;

    @Option(names = "--test", paramLabel = "FRACTION", description = "Share of images for testing (default: none).")
    double test;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the shuffle (default: ${DEFAULT-VALUE}).")
    long seed = 0;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the lists and data.yaml go (default: DIR).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Optional<String> problem = dataset.problem().or(this::ratioProblem);
        if (problem.isPresent()) {
            return fail(problem.get());
        }
        Map<String, Double> ratios = new LinkedHashMap<>();
        ratios.put("train", train);
        ratios.put("val", val);
        if (test > 0) {
            ratios.put("test", test);
        }
        try {
            DatasetReader.Dataset read = dataset.read();
            DatasetSplit.Result split = DatasetSplit.split(read, ratios, seed);
            Path target = out == null ? dataset.dir : out;
            SplitFiles.write(target, split.lists(), classNames(read));
            PrintWriter writer = spec.commandLine().getOut();
            split.lists().forEach((name, images) -> writer.printf("%s: %d images -> %s%n", name, images.size(),
                    target.resolve(name + ".txt")));
            writer.printf("data.yaml -> %s%n", target.resolve("data.yaml"));
            writer.flush();
            PrintWriter err = spec.commandLine().getErr();
            for (String warning : split.warnings()) {
                err.println("labelj split: warning: " + InputText.escapeControls(warning));
            }
            TrainerLabels.missing(read).ifPresent(w -> err.println("labelj split: warning: " + InputText.escapeControls(w)));
            err.flush();
            return 0;
        } catch (AnnotationIoException e) {
            return fail(e.getMessage());
        }
    }

    private Optional<String> ratioProblem() {
        // NaN passes every comparison below as false, so finiteness is checked first
        boolean finite = Double.isFinite(train) && Double.isFinite(val) && Double.isFinite(test);
        if (!finite || train <= 0 || val <= 0 || test < 0 || Math.abs(train + val + test - 1) > 1e-6) {
            return Optional.of("--train, --val and --test must be positive and add up to 1 (got " + train + ", " + val
                    + ", " + test + ")");
        }
        return Optional.empty();
    }

    /** --classes, else the dataset's classes.txt (so ids match its YOLO labels), else labels as first met. */
    private ClassList classNames(DatasetReader.Dataset read) throws AnnotationIoException {
        if (dataset.classes != null) {
            return dataset.classList();
        }
        Path parent = dataset.dir.toAbsolutePath().getParent();
        Path[] folders = {dataset.labels, dataset.dir, dataset.dir.resolve("labels"),
            parent == null ? null : parent.resolve("labels")};
        for (Path folder : folders) {
            if (folder != null && Files.isRegularFile(folder.resolve("classes.txt"))) {
                return ClassListFile.read(folder.resolve("classes.txt"));
            }
        }
        ClassList names = ClassList.EMPTY;
        for (DatasetItem item : read.items()) {
            for (var box : item.annotation().map(a -> a.boxes()).orElse(List.of())) {
                names = names.plus(box.label());
            }
        }
        return names;
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("labelj split: " + InputText.escapeControls(message));
        err.flush();
        return LabelJCommand.EXIT_BAD_ARGUMENTS;
    }
}
