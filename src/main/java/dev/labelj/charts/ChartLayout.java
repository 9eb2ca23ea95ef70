package dev.labelj.charts;

import dev.labelj.results.ColumnMeaning;
import dev.labelj.results.MetricColumns;
import dev.labelj.results.TrainingRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which charts, in which order: precision, recall, mAP@0.5, mAP@0.5:0.95 per metric group first,
 * then each training loss directly followed by its validation loss (so over-fitting shows side by
 * side), then learning rates. Columns are picked by name, so any loss the trainer invents appears;
 * runs share a chart when their columns mean the same ({@link ColumnMeaning}), however spelled.
 */
public final class ChartLayout {
    /** Four across: one metric group per row, two train/val loss pairs per row. */
    public static final int COLUMNS = 4;

    private ChartLayout() {
    }

    public static List<PanelSpec> of(List<TrainingRun> runs) {
        Map<String, String> titles = titles(runs);
        Set<String> meanings = titles.keySet();
        List<PanelSpec> panels = new ArrayList<>();
        metrics(meanings).forEach(m -> panels.add(new PanelSpec(titles.get(m), PanelSpec.Kind.METRIC, m)));
        losses(meanings).forEach(m -> panels.add(new PanelSpec(titles.get(m), PanelSpec.Kind.LOSS, m)));
        meanings.stream().filter(ChartLayout::isLearningRate)
                .forEach(m -> panels.add(new PanelSpec(titles.get(m), PanelSpec.Kind.LEARNING_RATE, m)));
        return panels;
    }

    public static int rows(int panels) {
        return (panels + COLUMNS - 1) / COLUMNS;
    }

    /**
     * Every meaning among the runs' columns, in first-seen order, with its title: the column name when
     * all runs spell it alike (a YOLOv5 run alone keeps "metrics/mAP_0.5"), else the meaning's spelling.
     */
    private static Map<String, String> titles(List<TrainingRun> runs) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (TrainingRun run : runs) {
            for (String column : run.columns()) {
                String meaning = ColumnMeaning.of(column);
                String title = titles.putIfAbsent(meaning, column);
                if (title != null && !title.equals(column) && run.columnFor(meaning).orElseThrow().equals(column)) {
                    titles.put(meaning, meaning);
                }
            }
        }
        return titles;
    }

    private static List<String> metrics(Set<String> meanings) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String group : MetricColumns.GROUPS) {
            for (String column : MetricColumns.ofGroup(group)) {
                if (meanings.contains(column)) {
                    ordered.add(column);
                }
            }
        }
        meanings.stream().filter(c -> c.startsWith("metrics/")).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    private static List<String> losses(Set<String> meanings) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String column : meanings) {
            if (column.startsWith("train/")) {
                ordered.add(column);
                String name = column.substring("train/".length());
                for (String split : List.of("val/", "test/")) {
                    if (meanings.contains(split + name)) {
                        ordered.add(split + name);
                    }
                }
            }
        }
        meanings.stream().filter(c -> c.startsWith("val/") || c.startsWith("test/")).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    private static boolean isLearningRate(String meaning) {
        return meaning.startsWith("lr/") || meaning.startsWith("x/lr");
    }
}
