package dev.labelj.results;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fitness per row and the best epoch, as YOLOv5's train.py keeps best.pt: the maximum, with exact
 * ties going to the later epoch because each new equal value overwrites the checkpoint.
 */
public final class Fitness {
    private Fitness() {
    }

    /** Fitness of every row; NaN where the rule's columns are missing or not numbers. */
    public static double[] values(TrainingRun run, FitnessRule rule) {
        double[] fitness = new double[run.rows()];
        boolean any = false;
        switch (rule) {
            case YOLOV5, MAP50_95 -> {
                double w50 = rule == FitnessRule.YOLOV5 ? 0.1 : 0.0;
                double w5095 = rule == FitnessRule.YOLOV5 ? 0.9 : 1.0;
                for (String group : MetricColumns.GROUPS) {
                    Optional<String> map50 = first(run, MetricColumns.map50(group));
                    Optional<String> map5095 = first(run, MetricColumns.map50To95(group));
                    if (map50.isPresent() && map5095.isPresent()) {
                        addWeighted(fitness, run, map50.get(), w50);
                        addWeighted(fitness, run, map5095.get(), w5095);
                        any = true;
                    }
                }
            }
            case TOP1, TOP1_TOP5 -> {
                boolean top1 = run.has(MetricColumns.TOP1);
                boolean top5 = run.has(MetricColumns.TOP5);
                if (rule == FitnessRule.TOP1 && top1) {
                    addWeighted(fitness, run, MetricColumns.TOP1, 1.0);
                    any = true;
                } else if (rule == FitnessRule.TOP1_TOP5 && top1 && top5) {
                    addWeighted(fitness, run, MetricColumns.TOP1, 0.5);
                    addWeighted(fitness, run, MetricColumns.TOP5, 0.5);
                    any = true;
                }
            }
        }
        if (!any) {
            Arrays.fill(fitness, Double.NaN);
        }
        return fitness;
    }

    public static Optional<BestEpoch> best(TrainingRun run, FitnessRule rule) {
        double[] fitness = values(run, rule);
        int best = -1;
        for (int row = 0; row < fitness.length; row++) {
            // an inf or impossible metric is a broken row, not the best epoch (best.pt could not have been kept by it)
            if (Double.isFinite(fitness[row]) && (best < 0 || fitness[row] >= fitness[best])) {
                best = row;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new BestEpoch(best, run.epoch(best), fitness[best], rule));
    }

    /**
     * The earliest row reaching the maximum fitness: what "best top-1 at epoch N" means when a
     * small validation set makes several epochs tie, while best.pt holds the later one.
     */
    public static Optional<BestEpoch> firstBest(TrainingRun run, FitnessRule rule) {
        double[] fitness = values(run, rule);
        return best(run, rule).map(last -> {
            int row = 0;
            while (fitness[row] != last.fitness()) {
                row++;
            }
            return new BestEpoch(row, run.epoch(row), fitness[row], rule);
        });
    }

    public static Optional<BestEpoch> best(TrainingRun run) {
        return best(run, FitnessRule.defaultFor(run));
    }

    private static Optional<String> first(TrainingRun run, List<String> names) {
        return names.stream().filter(run::has).findFirst();
    }

    /** A value the trainer cannot have written (mAP 1e300) makes the row's fitness NaN: it is never best. */
    private static void addWeighted(double[] sum, TrainingRun run, String column, double weight) {
        double[] values = run.values(column).orElseThrow();
        for (int i = 0; i < sum.length; i++) {
            double value = values[i];
            sum[i] += MetricColumns.isPossible(column, value) ? weight * value : Double.NaN;
        }
    }
}
