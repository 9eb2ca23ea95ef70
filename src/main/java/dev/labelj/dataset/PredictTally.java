package dev.labelj.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a folder prediction ({@code labelj predict}, Tools → Auto Label) did, image by image, for its summary. */
public final class PredictTally {
    private int written;
    private int annotatedSkipped;
    private int withoutBoxes;
    private int unchanged;
    private final Map<String, Integer> boxesPerClass = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    public synchronized int written() {
        return written;
    }

    /** Images left alone because they already had an annotation. */
    public synchronized int annotatedSkipped() {
        return annotatedSkipped;
    }

    public synchronized int withoutBoxes() {
        return withoutBoxes;
    }

    /** Images whose predictions were all already there. */
    public synchronized int unchanged() {
        return unchanged;
    }

    /** Boxes written per class, by class name. */
    public synchronized Map<String, Integer> boxesPerClass() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(boxesPerClass));
    }

    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

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

    public synchronized int boxes() {
        return boxesPerClass.values().stream().mapToInt(Integer::intValue).sum();
    }
}
