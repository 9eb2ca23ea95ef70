package dev.labelj.cli;

import dev.labelj.results.Numbers;
import dev.labelj.results.ResultsWarning;
import dev.labelj.results.RunSummary;
import dev.labelj.results.TrainingRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code summary --json} object. Epochs are written as the file numbers them; NaN and infinities as null. */
final class SummaryJson {
    private SummaryJson() {
    }

    static Map<String, Object> of(RunSummary summary) {
        TrainingRun run = summary.run();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", run.file().toString());
        json.put("name", run.name());
        json.put("format", run.format().id());
        json.put("task", run.task().id());
        json.put("rows", run.rows());
        json.put("first_epoch", summary.firstEpoch().map(SummaryJson::number).orElse(null));
        json.put("last_epoch", summary.lastEpoch().map(SummaryJson::number).orElse(null));
        json.put("best_epoch", summary.best().map(b -> number(b.epoch())).orElse(null));
        // next to best_epoch: with tied fitness the first epoch reaching it is earlier than best.pt's
        json.put("best_epoch_first_reached", summary.firstBest().map(b -> number(b.epoch())).orElse(null));
        json.put("fitness", summary.best().map(b -> number(Numbers.derived(b.fitness()))).orElse(null));
        json.put("fitness_rule", summary.best().map(b -> id(b.rule().name())).orElse(null));
        Map<String, Object> metrics = new LinkedHashMap<>();
        summary.metricsAtBest().forEach((column, value) -> metrics.put(column, number(value)));
        json.put("metrics_at_best", metrics);
        json.put("columns", run.columns());
        json.put("epochs_run", summary.epochsRun());
        json.put("epochs_planned", summary.epochsPlanned().isPresent() ? summary.epochsPlanned().getAsInt() : null);
        json.put("status", id(summary.status().name()));
        json.put("warnings", warnings(run.warnings()));
        return json;
    }

    private static List<Map<String, Object>> warnings(List<ResultsWarning> warnings) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ResultsWarning warning : warnings) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", id(warning.kind().name()));
            item.put("line", warning.line());
            item.put("message", warning.message());
            list.add(item);
        }
        return list;
    }

    /** Whole numbers as integers (epoch 48, not 48.0); non-finite values as null. */
    private static Object number(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return (long) value;
        }
        return value;
    }

    private static String id(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
