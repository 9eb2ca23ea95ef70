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
                    Optional<double[]> map50 = first(run, MetricColumns.map50(group));
                    Optional<double[]> map5095 = first(run, MetricColumns.map50To95(group));
                    if (map50.isPresent() && map5095.isPresent()) {
                        addWeighted(fitness, map50.get(), w50);
                        addWeighted(fitness, map5095.get(), w5095);
                        any = true;
                    }
                }
            }
            case TOP1, TOP1_TOP5 -> {
                Optional<double[]> top1 = run.values(MetricColumns.TOP1);
                Optional<double[]> top5 = run.values(MetricColumns.TOP5);
                if (rule == FitnessRule.TOP1 && top1.isPresent()) {
                    addWeighted(fitness, top1.get(), 1.0);
                    any = true;
                } else if (rule == FitnessRule.TOP1_TOP5 && top1.isPresent() && top5.isPresent()) {
                    addWeighted(fitness, top1.get(), 0.5);
                    addWeighted(fitness, top5.get(), 0.5);
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
            // an inf in a metric is a broken row, not the best epoch (best.pt could not have been kept by it)
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

    private static Optional<double[]> first(TrainingRun run, List<String> names) {
        for (String name : names) {
            Optional<double[]> values = run.values(name);
            if (values.isPresent()) {
                return values;
            }
        }
        return Optional.empty();
    }

    private static void addWeighted(double[] sum, double[] values, double weight) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += weight * values[i];
        }
    }
}
