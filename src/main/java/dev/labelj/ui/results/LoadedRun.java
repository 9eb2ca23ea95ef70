package dev.labelj.ui.results;

import dev.labelj.results.TrainingRun;
import java.nio.file.Path;
import java.util.List;

/** A run as read off the EDT, with the images found beside its results file at that moment. */
record LoadedRun(TrainingRun run, List<Path> images) {
    LoadedRun {
        images = List.copyOf(images);
    }
}
