package dev.labelj.charts;

import dev.labelj.results.MetricColumns;
import dev.labelj.results.TrainingRun;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which charts, in which order: precision, recall, mAP@0.5, mAP@0.5:0.95 per metric group first,
 * then each training loss directly followed by its validation loss (so over-fitting shows side by
 * side), then learning rates. Columns are picked by name, so any loss the trainer invents appears.
 */
public final class ChartLayout {
    /** Four across: one metric group per row, two train/val loss pairs per row. */
    public static final int COLUMNS = 4;

    private ChartLayout() {
    }

    public static List<PanelSpec> of(List<TrainingRun> runs) {
        Set<String> columns = new LinkedHashSet<>();
        runs.forEach(run -> columns.addAll(run.columns()));
        List<PanelSpec> panels = new ArrayList<>();
        metrics(columns).forEach(c -> panels.add(new PanelSpec(c, PanelSpec.Kind.METRIC)));
        losses(columns).forEach(c -> panels.add(new PanelSpec(c, PanelSpec.Kind.LOSS)));
        columns.stream().filter(ChartLayout::isLearningRate)
                .forEach(c -> panels.add(new PanelSpec(c, PanelSpec.Kind.LEARNING_RATE)));
        return panels;
    }

    public static int rows(int panels) {
        return (panels + COLUMNS - 1) / COLUMNS;
    }

    private static List<String> metrics(Set<String> columns) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String group : MetricColumns.GROUPS) {
            for (String column : MetricColumns.ofGroup(group)) {
                if (columns.contains(column)) {
                    ordered.add(column);
                }
            }
        }
        columns.stream().filter(c -> c.startsWith("metrics/")).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    private static List<String> losses(Set<String> columns) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String column : columns) {
            if (column.startsWith("train/")) {
                ordered.add(column);
                String name = column.substring("train/".length());
                for (String split : List.of("val/", "test/")) {
                    if (columns.contains(split + name)) {
                        ordered.add(split + name);
                    }
                }
            }
        }
        columns.stream().filter(c -> c.startsWith("val/") || c.startsWith("test/")).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    private static boolean isLearningRate(String column) {
        return column.startsWith("x/lr") || column.startsWith("lr/");
    }
}
