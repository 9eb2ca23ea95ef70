package dev.labelj.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.labelj.results.FitnessRule;
import dev.labelj.results.Numbers;
import dev.labelj.results.RunRow;
import dev.labelj.results.RunSummary;
import dev.labelj.results.RunTableText;
import dev.labelj.results.TrainingRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labelj summary CSV_OR_RUN_DIR [--json]}: best epoch, its metrics, epochs run against planned;
 * {@code labelj summary RUN... --table csv|md}: the viewer's run table for any number of runs.
 */
@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Summarise one training run: format, task, epochs, best epoch and its metrics.")
public final class SummaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CSV_OR_RUN_DIR",
            description = "A results file or a run folder; with --table, any number (and folders of runs).")
    List<Path> inputs;

    @Option(names = "--table", paramLabel = "FORMAT",
            description = "One row per run (best epoch, P, R, mAP50, mAP50-95, epochs, status) as csv or md.")
    String table;

    @Option(names = "--json", description = "One JSON object on stdout.")
    boolean json;

    @Option(names = "--rule", paramLabel = "RULE",
            description = "Best-epoch rule: yolov5 (0.1 mAP50 + 0.9 mAP50-95), map50-95, top1, top1-top5. "
                    + "Default: top1 for classification, yolov5 otherwise.")
    String rule;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Optional<FitnessRule> fitnessRule = parseRule();
            Optional<String> problem = validate(fitnessRule);
            if (problem.isPresent()) {
                err.println("labelj summary: " + problem.get());
                return LabelJCommand.EXIT_BAD_ARGUMENTS;
            }
            if (table != null) {
                return printTable(fitnessRule, out, err);
            }
            Optional<TrainingRun> run = RunInputs.load(inputs.get(0), err);
            if (run.isEmpty()) {
                return RunInputs.EXIT_UNREADABLE;
            }
            RunSummary summary = RunSummary.of(run.get(), fitnessRule.orElse(FitnessRule.defaultFor(run.get())));
            if (json) {
                // the shortest text that reads back as the same double (as Python's repr), not Double.toString's
                ObjectMapper mapper = JsonMapper.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(SummaryJson.of(summary)));
            } else {
                RunInputs.printWarnings(run.get(), err);
                SummaryText.print(summary, out);
            }
            return 0;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private Optional<String> validate(Optional<FitnessRule> fitnessRule) {
        if (rule != null && fitnessRule.isEmpty()) {
            return Optional.of("unknown rule '" + rule + "' (expected yolov5, map50-95, top1, top1-top5)");
        }
        Optional<Path> missing = RunInputs.firstMissing(inputs);
        if (missing.isPresent()) {
            return Optional.of("not found: " + missing.get());
        }
        if (table != null && !List.of("csv", "md").contains(table)) {
            return Optional.of("unknown table format '" + table + "' (expected csv or md)");
        }
        if (table != null && json) {
            return Optional.of("--table and --json do not go together");
        }
        if (table == null && inputs.size() > 1) {
            return Optional.of("summarises one run; for " + inputs.size() + " use --table csv or --table md");
        }
        return Optional.empty();
    }

    /** The run table of every input (folders of runs expanded); exit 1 when one could not be read. */
    private int printTable(Optional<FitnessRule> fitnessRule, PrintWriter out, PrintWriter err) {
        RunInputs.Loaded loaded = RunInputs.loadAll(inputs, err);
        List<RunRow> rows = loaded.runs().stream().map(run -> RunRow.of(RunSummary.of(run,
                fitnessRule.orElse(FitnessRule.defaultFor(run))), false)).toList();
        if (!rows.isEmpty()) {
            out.print(table.equals("md") ? RunTableText.markdown(rows) : RunTableText.csv(rows));
        }
        return loaded.failed() > 0 || rows.isEmpty() ? RunInputs.EXIT_UNREADABLE : 0;
    }

    private Optional<FitnessRule> parseRule() {
        if (rule == null) {
            return Optional.empty();
        }
        String id = rule.toUpperCase(Locale.ROOT).replace('-', '_');
        for (FitnessRule candidate : FitnessRule.values()) {
            if (candidate.name().equals(id)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Plain-text summary, one fact a line. */
    static final class SummaryText {
        private SummaryText() {
        }

        static void print(RunSummary summary, PrintWriter out) {
            TrainingRun run = summary.run();
            out.println("file:    " + run.file());
            out.println("format:  " + run.format().id() + ", task " + run.task().id() + ", " + run.rows() + " rows, "
                    + run.columns().size() + " columns");
            String planned = summary.epochsPlanned().stream().mapToObj(p -> " of " + p + " planned").findFirst()
                    .orElse("");
            String status = summary.status() == RunSummary.Status.UNKNOWN ? "no opt.yaml/args.yaml to compare with"
                    : summary.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
            out.println("epochs:  " + Numbers.format(summary.firstEpoch().orElseThrow()) + ".."
                    + Numbers.format(summary.lastEpoch().orElseThrow()) + " (" + summary.epochsRun() + planned
                    + " epochs run, " + status + ")");
            summary.best().ifPresentOrElse(best -> {
                String first = summary.firstBest().filter(f -> f.row() != best.row())
                        .map(f -> " (best.pt), first reached at epoch " + Numbers.format(f.epoch())).orElse("");
                out.println("best:    epoch " + Numbers.format(best.epoch()) + first + ", fitness "
                        + String.format(Locale.ROOT, "%.5f", best.fitness()) + " ("
                        + best.rule().name().toLowerCase(Locale.ROOT).replace('_', '-') + ")");
                summary.metricsAtBest().forEach((column, value) ->
                        out.println("         " + column + " = " + Numbers.format(value)));
            }, () -> out.println("best:    (no mAP or accuracy columns)"));
            out.println("warnings: " + run.warnings().size());
        }
    }
}
