package dev.labelj.ui.results;

import dev.labelj.results.TrainingRun;
import java.nio.file.Path;
import java.util.List;

/**
 * A run as read off the EDT, with the images found beside its results file at that moment, and
 * whether live reload has seen it grow lately (it is still training).
 */
record LoadedRun(TrainingRun run, List<Path> images, boolean running) {
    LoadedRun {
        images = List.copyOf(images);
    }

    LoadedRun(TrainingRun run, List<Path> images) {
        this(run, images, false);
    }

    LoadedRun withRunning(boolean on) {
        return new LoadedRun(run, images, on);
    }
}
