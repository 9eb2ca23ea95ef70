package dev.labelj.charts;

import dev.labelj.results.TrainingRun;

/**
 * The x value of each row: the epoch as written, or the percentage of the training done. Progress
 * runs from the first epoch (0 %) to the last planned one (100 %) when opt.yaml/args.yaml gives the
 * plan, so an early stop or a run still training ends short of 100 %; without a plan, to its own last.
 */
final class EpochScale {
    private EpochScale() {
    }

    static double[] xValues(TrainingRun run, ChartOptions.Alignment alignment) {
        double[] epochs = run.epochs();
        if (alignment == ChartOptions.Alignment.EPOCH || epochs.length == 0) {
            return epochs;
        }
        double first = epochs[0];
        double end = run.metadata().plannedEpochs().isPresent()
                ? first + run.metadata().plannedEpochs().getAsInt() - 1 : epochs[epochs.length - 1];
        double span = Math.max(end - first, 1);
        double[] progress = new double[epochs.length];
        for (int i = 0; i < epochs.length; i++) {
            progress[i] = 100.0 * (epochs[i] - first) / span;
        }
        return progress;
    }

    /** The x value of one epoch of the run (for its best-epoch marker). */
    static double x(TrainingRun run, double epoch, ChartOptions.Alignment alignment) {
        double[] epochs = run.epochs();
        double[] xs = xValues(run, alignment);
        for (int i = 0; i < epochs.length; i++) {
            if (epochs[i] == epoch) {
                return xs[i];
            }
        }
        return epoch;
    }
}
