package dev.labelj.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a {@code labelj predict} run did, image by image, for its summary. Used on one thread at a time. */
final class PredictTally {
    int written;
    int annotatedSkipped;
    int withoutBoxes;
    int unchanged;
    final Map<String, Integer> boxesPerClass = new TreeMap<>();
    final List<String> failures = new ArrayList<>();

    synchronized void annotated() {
        annotatedSkipped++;
    }

    synchronized void wrote(List<String> labels) {
        written++;
        for (String label : labels) {
            boxesPerClass.merge(label, 1, Integer::sum);
        }
    }

    synchronized void nothingFound() {
        withoutBoxes++;
    }

    synchronized void nothingNew() {
        unchanged++;
    }

    synchronized void failed(Path image, String message) {
        failures.add(message.startsWith(image.toString()) ? message : image + ": " + message);
    }

    synchronized int boxes() {
        return boxesPerClass.values().stream().mapToInt(Integer::intValue).sum();
    }
}
