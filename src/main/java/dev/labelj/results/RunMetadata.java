package dev.labelj.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The few run settings a viewer needs from {@code opt.yaml} (YOLOv5) or {@code args.yaml}
 * (Ultralytics) beside the results file. Only top-level {@code key: value} lines are read, which is
 * all these files use for the keys we want, so no YAML library is needed.
 */
public record RunMetadata(OptionalInt plannedEpochs, OptionalInt patience, Optional<TrainingTask> task,
                          Optional<Path> source) {
    public static final RunMetadata NONE = new RunMetadata(OptionalInt.empty(), OptionalInt.empty(),
            Optional.empty(), Optional.empty());

    /** Reads opt.yaml or args.yaml in {@code runDir}; a missing or unreadable file gives {@link #NONE}. */
    public static RunMetadata besides(Path runDir) {
        for (String name : List.of("opt.yaml", "args.yaml")) {
            Path yaml = runDir.resolve(name);
            if (Files.isRegularFile(yaml)) {
                try {
                    return parse(Files.readAllLines(yaml, StandardCharsets.UTF_8), yaml);
                } catch (IOException | java.io.UncheckedIOException e) {
                    return NONE;
                }
            }
        }
        return NONE;
    }

    static RunMetadata parse(List<String> lines, Path source) {
        OptionalInt epochs = OptionalInt.empty();
        OptionalInt patience = OptionalInt.empty();
        Optional<TrainingTask> task = Optional.empty();
        for (String line : lines) {
            Optional<String> value;
            if ((value = topLevelValue(line, "epochs")).isPresent()) {
                epochs = parseInt(value.get());
            } else if ((value = topLevelValue(line, "patience")).isPresent()) {
                patience = parseInt(value.get());
            } else if ((value = topLevelValue(line, "task")).isPresent()) {
                task = TrainingTask.fromId(value.get());
            }
        }
        return new RunMetadata(epochs, patience, task, Optional.of(source));
    }

    RunMetadata withPlannedEpochsIfMissing(int planned) {
        return plannedEpochs.isPresent() ? this : new RunMetadata(OptionalInt.of(planned), patience, task, source);
    }

    private static Optional<String> topLevelValue(String line, String key) {
        if (!line.startsWith(key + ":")) {
            return Optional.empty();
        }
        String value = line.substring(key.length() + 1);
        int comment = value.indexOf(" #");
        return Optional.of((comment >= 0 ? value.substring(0, comment) : value).trim());
    }

    private static OptionalInt parseInt(String value) {
        try {
            return OptionalInt.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
