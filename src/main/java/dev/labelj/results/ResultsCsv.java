package dev.labelj.results;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads YOLOv5 and Ultralytics {@code results.csv} (and, through {@link ResultsTxt}, the old
 * header-less {@code results.txt}). Columns are found by their stripped names, never by position.
 * The files are never quoted (Python {@code %s}/{@code %g} joined by commas), so a plain split is the
 * whole grammar; odd rows become warnings on the run, not exceptions.
 */
public final class ResultsCsv {
    /** A 10,000-epoch run with 30 columns is ~3 MB; anything this big is some other file. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private ResultsCsv() {
    }

    /** Reads a results file and the opt.yaml/args.yaml beside it. */
    public static TrainingRun read(Path file) throws IOException, ResultsReadException {
        if (Files.size(file) > MAX_BYTES) {
            throw new ResultsReadException(file, 0, "too large for a training results file ("
                    + Files.size(file) / (1024 * 1024) + " MB)");
        }
        String text = decode(Files.readAllBytes(file));
        Path dir = file.toAbsolutePath().getParent();
        RunMetadata metadata = dir == null ? RunMetadata.NONE : RunMetadata.besides(dir);
        return parse(RunFiles.runName(file), file, text, metadata);
    }

    public static TrainingRun parse(String name, Path file, String text, RunMetadata metadata)
            throws ResultsReadException {
        TextLines lines = TextLines.of(text);
        int first = lines.firstContentLine();
        if (first < 0) {
            RowTable empty = new RowTable(List.of());
            empty.warn(ResultsWarning.Kind.EMPTY_FILE, 0, "the file is empty");
            return new TrainingRun(name, file, ResultsFormat.UNKNOWN, TrainingTask.UNKNOWN,
                    java.util.Map.of(), empty.warnings(), metadata);
        }
        String header = lines.lines().get(first);
        List<String> names = split(header);
        if (names.contains(TrainingRun.EPOCH)) {
            return parseCsv(name, file, lines, first, names, metadata);
        }
        String[] tokens = header.trim().split("\\s+");
        if (tokens.length >= ResultsTxt.FIELDS && ResultsTxt.EPOCH_OF_LAST.matcher(tokens[0]).matches()) {
            return ResultsTxt.parse(name, file, lines, first, metadata);
        }
        if (names.contains("metrics/mAP_0.5") || names.contains("metrics/mAP50(B)")) {
            throw new ResultsReadException(file, first + 1,
                    "not a YOLO training results file (no 'epoch' column: a hyperparameter evolution log?)");
        }
        throw new ResultsReadException(file, first + 1,
                "not a YOLO training results file (no 'epoch' column and not the results.txt layout)");
    }

    private static TrainingRun parseCsv(String name, Path file, TextLines lines, int headerIndex,
                                        List<String> names, RunMetadata metadata) {
        RowTable table = new RowTable(names);
        warnDuplicates(table, names, headerIndex + 1);
        for (int i = headerIndex + 1; i < lines.lines().size(); i++) {
            String line = lines.lines().get(i);
            if (!line.isBlank()) {
                readRow(table, names, split(line), i + 1, lines.isUnfinished(i));
            }
        }
        ResultsFormat format = isUltralytics(names) ? ResultsFormat.ULTRALYTICS : ResultsFormat.YOLOV5;
        TrainingTask task = metadata.task().orElse(TrainingTask.fromColumns(names, file));
        return table.build(name, file, format, task, metadata);
    }

    private static void readRow(RowTable table, List<String> names, List<String> cells, int line,
                                boolean unfinished) {
        if (cells.size() != names.size()) {
            if (unfinished) {
                table.warn(ResultsWarning.Kind.PARTIAL_LAST_LINE, line, "last row is still being written; skipped");
            } else {
                table.warn(ResultsWarning.Kind.RAGGED_ROW, line, "row has " + cells.size() + " fields, header has "
                        + names.size() + "; skipped (not shifted)");
            }
            return;
        }
        if (cells.equals(names)) {
            table.warn(ResultsWarning.Kind.REPEATED_HEADER, line, "header repeated; skipped");
            return;
        }
        double[] row = new double[cells.size()];
        List<String> bad = new ArrayList<>();
        List<Integer> badColumns = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            if (names.get(c).isEmpty() && cells.get(c).isEmpty()) {
                row[c] = Double.NaN; // the nameless column after a trailing comma
                continue;
            }
            OptionalDouble value = Cells.parse(cells.get(c));
            row[c] = value.orElse(Double.NaN);
            if (value.isEmpty()) {
                bad.add(names.get(c) + "='" + cells.get(c) + "'");
                badColumns.add(c);
            }
        }
        int epochIndex = names.indexOf(TrainingRun.EPOCH);
        if (unfinished && !bad.isEmpty()) {
            table.warn(ResultsWarning.Kind.PARTIAL_LAST_LINE, line, "last row is still being written; skipped");
        } else if (Double.isNaN(row[epochIndex])) {
            table.warn(ResultsWarning.Kind.BAD_VALUE, line, "no epoch number; row skipped");
        } else if (Double.isInfinite(row[epochIndex])) {
            // 'inf' or '1e400': no epoch can be there; kept, it would stretch every chart's axis to infinity
            table.warn(ResultsWarning.Kind.BAD_VALUE, line, "epoch is '" + cells.get(epochIndex)
                    + "', not a finite number; row skipped");
        } else {
            if (!bad.isEmpty()) {
                table.warn(ResultsWarning.Kind.BAD_VALUE, line, "not a number: " + String.join(", ", bad));
            }
            table.add(row, line);
            badColumns.forEach(table::alreadyReported);
        }
    }

    private static void warnDuplicates(RowTable table, List<String> names, int line) {
        Set<String> seen = new HashSet<>();
        for (String column : names) {
            if (!seen.add(column)) {
                table.warn(ResultsWarning.Kind.DUPLICATE_COLUMN, line,
                        "column '" + column + "' appears twice; the first one is used");
            }
        }
    }

    /** Ultralytics writes a time column (≥ 8.3.9), lr/pg* groups, and mAP50 without the "_0.5" spelling. */
    private static boolean isUltralytics(List<String> names) {
        return names.contains("time") || names.stream().anyMatch(n -> n.startsWith("lr/pg") || n.contains("mAP50"));
    }

    private static List<String> split(String line) {
        return Arrays.stream(line.split(",", -1)).map(String::trim).toList();
    }

    /** UTF-8 as written by Ultralytics; stray bytes from a platform encoding become U+FFFD, never an error. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("REPLACE never throws", e);
        }
    }
}
