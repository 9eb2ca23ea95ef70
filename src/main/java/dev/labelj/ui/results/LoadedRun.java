package dev.labelj.ui.results;

import dev.labelj.results.SizeAndTime;
import dev.labelj.results.TrainingRun;
import java.nio.file.Path;
import java.util.List;

/**
 * A run as read off the EDT, with the images found beside its results file at that moment, the
 * file's stamp from just before the read (live reload starts from it), and whether live reload has
 * seen it grow lately (it is still training).
 */
record LoadedRun(TrainingRun run, List<Path> images, SizeAndTime readAt, boolean running) {
    LoadedRun {
        images = List.copyOf(images);
    }

    LoadedRun(TrainingRun run, List<Path> images, SizeAndTime readAt) {
        this(run, images, readAt, false);
    }

    LoadedRun withRunning(boolean on) {
        return new LoadedRun(run, images, readAt, on);
    }
}
